package io.orderflow.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.Bucket;
import io.orderflow.web.access.domain.Caller;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerRateLimitsTest {

  @Test
  void a_bucket_lets_a_seconds_worth_through_then_says_how_long_to_wait() {
    Bucket bucket = CallerRateLimits.bucketOf(5);

    for (int i = 0; i < 5; i++) {
      assertThat(bucket.tryConsume(1)).as("request %d", i + 1).isTrue();
    }
    var refused = bucket.tryConsumeAndReturnRemaining(1);
    assertThat(refused.isConsumed()).isFalse();
    assertThat(Duration.ofNanos(refused.getNanosToWaitForRefill()))
        .isPositive()
        .isLessThanOrEqualTo(Duration.ofMillis(200));
  }

  @Test
  void a_caller_with_its_own_limit_gets_that_limit_and_others_the_default() {
    CallerRateLimits limits = new CallerRateLimits();
    limits.defaultPerSecond = 1000;
    Caller slow = new Caller("slow", Set.of("integrator"), Set.of("c-1"), 2);
    Caller usual = new Caller("usual", Set.of("staff"), Set.of(), null);

    assertThat(limits.take(slow)).isEmpty();
    assertThat(limits.take(slow)).isEmpty();
    assertThat(limits.take(slow)).as("third request in a second").isPresent();
    for (int i = 0; i < 100; i++) {
      assertThat(limits.take(usual)).isEmpty();
    }
  }
}

package io.orderflow.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private Instant now = Instant.parse("2026-12-07T12:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };
  private final LoginThrottle throttle = new LoginThrottle(clock);

  @Test
  void a_few_failures_are_not_throttled() {
    fail("sam", LoginThrottle.FAILURES_ALLOWED - 1);

    assertThat(throttle.pauseFor("sam")).isEmpty();
  }

  @Test
  void after_five_failures_the_name_is_not_checked_for_thirty_seconds() {
    fail("sam", LoginThrottle.FAILURES_ALLOWED);

    assertThat(throttle.pauseFor("sam")).contains(Duration.ofSeconds(30));
    assertThat(throttle.pauseFor("ada")).as("other names are not affected").isEmpty();
    now = now.plusSeconds(31);
    assertThat(throttle.pauseFor("sam")).isEmpty();
  }

  @Test
  void each_further_failure_doubles_the_pause_up_to_fifteen_minutes() {
    fail("sam", LoginThrottle.FAILURES_ALLOWED + 1);
    assertThat(throttle.pauseFor("sam")).contains(Duration.ofSeconds(60));

    fail("sam", 20);
    assertThat(throttle.pauseFor("sam")).contains(Duration.ofMinutes(15));
  }

  @Test
  void a_success_clears_the_count() {
    fail("sam", LoginThrottle.FAILURES_ALLOWED - 1);
    throttle.succeeded("sam");
    fail("sam", LoginThrottle.FAILURES_ALLOWED - 1);

    assertThat(throttle.pauseFor("sam")).isEmpty();
  }

  @Test
  void failures_older_than_the_window_are_forgotten() {
    fail("sam", LoginThrottle.FAILURES_ALLOWED - 1);
    now = now.plus(LoginThrottle.WINDOW).plusSeconds(1);
    fail("sam", 1);

    assertThat(throttle.pauseFor("sam")).isEmpty();
  }

  private void fail(String name, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(name);
    }
  }
}

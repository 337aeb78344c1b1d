package io.orderflow.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchIsolationTest {

  private static final Duration QUARANTINE = Duration.ofSeconds(90);

  private final MovableClock clock = new MovableClock();
  private final BatchIsolation isolation = new BatchIsolation(100, QUARANTINE, clock);

  @Test
  void batches_are_as_large_as_allowed_while_nothing_fails() {
    assertThat(isolation.nextBatchLimit()).isEqualTo(100);
    isolation.committed(List.of("a", "b"));
    assertThat(isolation.nextBatchLimit()).isEqualTo(100);
  }

  @Test
  void after_a_message_fails_each_transaction_takes_one_message_until_it_is_applied() {
    isolation.failed("poison");
    assertThat(isolation.nextBatchLimit()).isEqualTo(1);

    isolation.committed(List.of("innocent"));
    assertThat(isolation.nextBatchLimit()).as("the failed message is not back yet").isEqualTo(1);

    isolation.committed(List.of("poison"));
    assertThat(isolation.nextBatchLimit()).isEqualTo(100);
  }

  @Test
  void a_message_that_never_comes_back_is_let_go_after_the_quarantine() {
    isolation.failed("parked");
    clock.advance(QUARANTINE);
    assertThat(isolation.nextBatchLimit()).as("at the end of the quarantine").isEqualTo(1);
    clock.advance(Duration.ofMillis(1));
    assertThat(isolation.nextBatchLimit()).isEqualTo(100);
  }

  @Test
  void each_failure_of_the_message_starts_the_quarantine_again() {
    isolation.failed("poison");
    clock.advance(Duration.ofSeconds(60));
    isolation.failed("poison");
    clock.advance(Duration.ofSeconds(60));
    assertThat(isolation.nextBatchLimit()).isEqualTo(1);
  }

  @Test
  void after_a_failure_no_message_can_be_blamed_for_each_of_its_messages_is_taken_alone() {
    isolation.failedWithoutCulprit(List.of("a", "b"));
    assertThat(isolation.nextBatchLimit()).isEqualTo(1);

    isolation.committed(List.of("a"));
    assertThat(isolation.nextBatchLimit()).as("b not applied yet").isEqualTo(1);

    isolation.committed(List.of("b"));
    assertThat(isolation.nextBatchLimit()).isEqualTo(100);
  }

  @Test
  void messages_of_a_failed_batch_that_never_come_back_are_let_go_after_the_quarantine() {
    isolation.failedWithoutCulprit(List.of("a", "parked"));
    isolation.committed(List.of("a"));
    clock.advance(QUARANTINE.plusMillis(1));
    assertThat(isolation.nextBatchLimit()).isEqualTo(100);
  }

  @Test
  void a_batch_holds_at_least_one_message() {
    assertThatThrownBy(() -> new BatchIsolation(0, QUARANTINE, clock))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-12-06T12:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}

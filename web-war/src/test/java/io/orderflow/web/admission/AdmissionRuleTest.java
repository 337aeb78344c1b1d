package io.orderflow.web.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When commands are admitted: within the bound, and whenever the backlog is not known. */
class AdmissionRuleTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private static final AdmissionRule RULE = new AdmissionRule(20_000, Duration.ofSeconds(5));

  private static BacklogSample waiting(long messages, Instant takenAt) {
    return BacklogSample.of(Map.of("order.create", messages), takenAt);
  }

  @Test
  void admits_while_the_backlog_is_within_the_bound() {
    assertThat(RULE.admits(waiting(0, NOW), NOW)).isTrue();
    assertThat(RULE.admits(waiting(20_000, NOW), NOW)).isTrue();
  }

  @Test
  void refuses_once_the_backlog_passes_the_bound() {
    assertThat(RULE.admits(waiting(20_001, NOW), NOW)).isFalse();
    assertThat(RULE.admits(waiting(1_000_000, NOW.minusSeconds(5)), NOW)).isFalse();
  }

  @Test
  void admits_when_the_broker_could_not_be_asked() {
    assertThat(RULE.admits(BacklogSample.unknown(NOW), NOW)).isTrue();
    assertThat(RULE.admits(null, NOW)).as("no sample yet").isTrue();
  }

  @Test
  void admits_when_the_last_sample_is_too_old_to_tell() {
    assertThat(RULE.admits(waiting(1_000_000, NOW.minusMillis(5_001)), NOW)).isTrue();
  }

  @Test
  void a_bound_of_zero_or_less_turns_admission_control_off() {
    for (long bound : new long[] {0, -1}) {
      AdmissionRule off = new AdmissionRule(bound, Duration.ofSeconds(5));
      assertThat(off.enabled()).isFalse();
      assertThat(off.admits(waiting(1_000_000, NOW), NOW)).isTrue();
    }
  }

  @Test
  void a_sample_adds_up_its_queues_and_names_the_deepest() {
    BacklogSample sample =
        BacklogSample.of(Map.of("order.create", 7L, "fulfillment\\.order\\.created", 3L), NOW);
    assertThat(sample.messages()).isEqualTo(10);
    assertThat(sample.deepestQueue()).isEqualTo("order.create: 7");
    assertThat(BacklogSample.unknown(NOW).known()).isFalse();
  }
}

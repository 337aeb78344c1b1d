package io.orderflow.web.api.admin;

import io.orderflow.messaging.ParkedMessage;
import java.time.Instant;
import java.util.List;

/**
 * A parked message with what is known of its failures.
 *
 * @param attempts how many failed deliveries were recorded
 * @param lastReason why it was parked at once, or else the last recorded failure
 * @param parkedAt when a service parked it, or else when its last attempt failed
 */
public record DeadLetter(
    String messageId,
    String type,
    String origin,
    int attempts,
    String lastReason,
    String correlationId,
    Instant parkedAt) {

  static DeadLetter of(ParkedMessage parked, List<RecordedFailure> failures) {
    RecordedFailure last = failures.isEmpty() ? null : failures.get(failures.size() - 1);
    return new DeadLetter(
        parked.messageId(),
        parked.type(),
        parked.origin(),
        failures.size(),
        parked.reason() != null ? parked.reason() : last == null ? null : last.reason(),
        parked.correlationId() != null || last == null
            ? parked.correlationId()
            : last.correlationId(),
        parked.parkedAt() != null || last == null ? parked.parkedAt() : last.failedAt());
  }
}

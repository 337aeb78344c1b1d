package io.orderflow.web.api.admin;

import io.orderflow.messaging.ParkedMessage;
import java.time.Instant;
import java.util.List;

/** One parked message: its summary, its body and every recorded attempt. */
public record DeadLetterDetails(
    String messageId,
    String type,
    String origin,
    String lastReason,
    String correlationId,
    Instant parkedAt,
    String payload,
    List<Attempt> attempts) {

  public record Attempt(
      int attempt,
      String handler,
      String exceptionClass,
      String exceptionMessage,
      Instant failedAt) {}

  static DeadLetterDetails of(ParkedMessage parked, List<RecordedFailure> failures) {
    DeadLetter summary = DeadLetter.of(parked, failures);
    return new DeadLetterDetails(
        summary.messageId(),
        summary.type(),
        summary.origin(),
        summary.lastReason(),
        summary.correlationId(),
        summary.parkedAt(),
        parked.body(),
        failures.stream()
            .map(
                f ->
                    new Attempt(
                        f.attempt(),
                        f.handler(),
                        f.exceptionClass(),
                        f.exceptionMessage(),
                        f.failedAt()))
            .toList());
  }
}

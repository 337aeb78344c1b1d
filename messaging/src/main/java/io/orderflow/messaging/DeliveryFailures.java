package io.orderflow.messaging;

import io.orderflow.contracts.messages.MessageFailed;
import io.orderflow.contracts.messages.MessageTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records why a delivery failed, as a {@code message.failed} event that the denormalizer projects
 * into the admin views: no service writes another's schema, and the record must outlive the
 * handler's rolled-back transaction. Failures to handle {@code message.failed} itself are only
 * logged, or they would feed on themselves.
 */
@ApplicationScoped
public class DeliveryFailures {

  private static final Logger LOG = Logger.getLogger(DeliveryFailures.class.getName());

  @Inject MessageSender sender;
  @Inject MessageCodec codec;

  /**
   * A delivery failed and the broker will deliver it again, or park it after its last attempt.
   * Published on its own at once; never throws, so that the record cannot hide the failure.
   */
  public void recordAttempt(DeliveryFacts facts, String handler, Throwable failure) {
    LOG.log(
        Level.WARNING,
        "attempt " + facts.attempt() + " at " + facts.origin() + " message " + facts.messageId(),
        failure);
    if (!isRecordable(facts)) {
      return;
    }
    try {
      sender.publish(List.of(recordOf(facts, handler, failure, false)));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not record the failed attempt", e);
      failure.addSuppressed(e);
    }
  }

  /** The record of a message parked at once, for its parker to publish with the parked copy. */
  List<Envelope> parked(DeliveryFacts facts, String handler, Throwable reason) {
    return isRecordable(facts) ? List.of(recordOf(facts, handler, reason, true)) : List.of();
  }

  private static boolean isRecordable(DeliveryFacts facts) {
    return !MessageTypes.MESSAGE_FAILED.name().equals(facts.type())
        && !MessageTypes.MESSAGE_FAILED.name().equals(facts.origin());
  }

  /** Caused by the failed message, in its request's correlation, when its ids can be read. */
  private Envelope recordOf(
      DeliveryFacts facts, String handler, Throwable failure, boolean parked) {
    MessageFailed record =
        new MessageFailed(
            facts.messageId(),
            facts.type(),
            facts.origin(),
            handler,
            facts.attempt(),
            failure.getClass().getName(),
            failure.getMessage(),
            Instant.now(),
            facts.correlationId(),
            parked);
    UUID id = UUID.randomUUID();
    UUID cause = uuidOrNull(facts.messageId());
    UUID correlation = uuidOrNull(facts.correlationId());
    return new Envelope(
        MessageTypes.MESSAGE_FAILED.name(),
        id,
        correlation == null ? id : correlation,
        cause == null ? id : cause,
        record.failedAt(),
        Envelope.SCHEMA_VERSION,
        // the failed message's attempts stay in order among themselves
        facts.messageId(),
        codec.toJson(record));
  }

  private static UUID uuidOrNull(String value) {
    try {
      return value == null ? null : UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

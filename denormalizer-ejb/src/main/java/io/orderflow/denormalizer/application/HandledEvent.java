package io.orderflow.denormalizer.application;

import io.orderflow.denormalizer.domain.TimelineEntry;
import io.orderflow.messaging.Envelope;
import io.orderflow.messaging.MessageContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;

/** The envelope of the event being projected: when it happened and what it traces back to. */
@ApplicationScoped
public class HandledEvent {

  @Inject MessageContext context;

  public UUID messageId() {
    return envelope().messageId();
  }

  public Instant occurredAt() {
    return envelope().occurredAt();
  }

  /** The message that caused this event, e.g. the command it answers. */
  public UUID causationId() {
    return envelope().causationId();
  }

  public UUID correlationId() {
    return envelope().correlationId();
  }

  public TimelineEntry timelineEntry(UUID orderId, String detail) {
    Envelope envelope = envelope();
    return new TimelineEntry(
        envelope.messageId(),
        orderId,
        envelope.type(),
        envelope.occurredAt(),
        envelope.correlationId(),
        envelope.causationId(),
        detail);
  }

  private Envelope envelope() {
    return context
        .current()
        .orElseThrow(() -> new IllegalStateException("no message is being handled"));
  }
}

package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.contracts.messaging.Envelope;
import io.orderflow.contracts.messaging.JmsEnvelopes;
import io.orderflow.denormalizer.infrastructure.messaging.OrderHistory.Event;
import io.orderflow.testing.TestMessaging;
import jakarta.jms.JMSException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.UUID;

/**
 * Publishes an order's events with the envelopes an {@link OrderHistory} gives them, where {@link
 * TestMessaging#send} would make each the first of its own request at the current time.
 */
final class EventPublisher implements AutoCloseable {

  private final TestMessaging messaging;
  private final Jsonb jsonb = JsonbBuilder.create();

  EventPublisher(TestMessaging messaging) {
    this.messaging = messaging;
  }

  void publish(Event<?> event) {
    send(event, event.messageId());
  }

  /**
   * The same message again, as a publisher's retry sends it once the broker's duplicate detection
   * has forgotten the first: the broker drops a copy carrying the same duplicate-detection id, so
   * this one carries a fresh one, and only the denormalizer's inbox can recognise it.
   */
  void publishCopy(Event<?> event) {
    send(event, UUID.randomUUID());
  }

  private void send(Event<?> event, UUID duplicateDetectionId) {
    String body = jsonb.toJson(event.payload());
    Envelope envelope =
        new Envelope(
            event.type().name(),
            event.messageId(),
            event.correlationId(),
            event.causationId(),
            event.occurredAt(),
            Envelope.SCHEMA_VERSION,
            event.orderId().toString(),
            body);
    messaging.sendRaw(
        messaging.destinationOf(event.type()),
        body,
        message -> {
          try {
            JmsEnvelopes.write(envelope, message);
            message.setStringProperty(
                JmsEnvelopes.DUPLICATE_DETECTION_ID, duplicateDetectionId.toString());
          } catch (JMSException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @Override
  public void close() throws Exception {
    jsonb.close();
  }
}

package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.denormalizer.infrastructure.messaging.OrderHistory.Event;
import io.orderflow.messaging.Envelope;
import io.orderflow.messaging.JmsEnvelopes;
import io.orderflow.testing.TestBroker;
import io.orderflow.testing.TestMessaging;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.TextMessage;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Publishes an order's events with the envelopes an {@link OrderHistory} gives them, where {@link
 * TestMessaging#send} would make each the first of its own request at the current time.
 */
final class EventPublisher implements AutoCloseable {

  private final TestMessaging messaging;
  private final Jsonb jsonb = JsonbBuilder.create();
  private final ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(TestBroker.URL);

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

  /**
   * Every event in one broker transaction: they wait on their subscriptions together, as a backlog
   * does, and a receiver finds them all at once.
   */
  void publishTogether(List<? extends Event<?>> events) {
    try (JMSContext together = factory.createContext(JMSContext.SESSION_TRANSACTED)) {
      JMSProducer producer = together.createProducer();
      for (Event<?> event : events) {
        TextMessage message = together.createTextMessage();
        write(event, event.messageId(), message);
        producer.send(together.createTopic(event.type().name()), message);
      }
      together.commit();
    } catch (JMSException e) {
      throw new IllegalStateException(e);
    }
  }

  private void send(Event<?> event, UUID duplicateDetectionId) {
    messaging.sendRaw(
        messaging.destinationOf(event.type()),
        jsonb.toJson(event.payload()),
        message -> {
          try {
            write(event, duplicateDetectionId, message);
          } catch (JMSException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private void write(Event<?> event, UUID duplicateDetectionId, TextMessage message)
      throws JMSException {
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
    message.setText(body);
    JmsEnvelopes.write(envelope, message, true);
    message.setStringProperty(JmsEnvelopes.DUPLICATE_DETECTION_ID, duplicateDetectionId.toString());
  }

  @Override
  public void close() throws Exception {
    factory.close();
    jsonb.close();
  }
}

package io.orderflow.testing;

import io.orderflow.contracts.messages.MessageType;
import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.messaging.DeadLetters;
import io.orderflow.messaging.Envelope;
import io.orderflow.messaging.JmsEnvelopes;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * A JMS client for tests that speaks the platform's envelope: it plays the services around the one
 * under test, sending it the commands and events it consumes and listening to what it publishes.
 */
public final class TestMessaging implements AutoCloseable {

  private final Jsonb jsonb = JsonbBuilder.create();
  private final ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(TestBroker.URL);
  private final JMSContext context = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE);

  /** Sends a well-formed message, as the first of its request; returns its message id. */
  public <P> UUID send(MessageType<P> type, String groupId, P payload) {
    UUID id = UUID.randomUUID();
    send(type, groupId, payload, id);
    return id;
  }

  /** Sends with a chosen message id, as the first of its request. */
  public <P> void send(MessageType<P> type, String groupId, P payload, UUID messageId) {
    send(envelope(type, groupId, payload, messageId));
  }

  /** A first message of its request, to send as it is or to vary (another cause, time...). */
  public <P> Envelope envelope(MessageType<P> type, String groupId, P payload, UUID messageId) {
    return new Envelope(
        type.name(),
        messageId,
        messageId,
        messageId,
        Instant.now(),
        Envelope.SCHEMA_VERSION,
        groupId,
        jsonb.toJson(payload));
  }

  /** Sends a message exactly as the envelope says, to the destination named by its type. */
  public void send(Envelope envelope) {
    sendRaw(destinationOf(envelope.type()), envelope.body(), message -> write(envelope, message));
  }

  /**
   * The same message again, as a sender's retry delivers it once the broker's duplicate detection
   * has forgotten the first (or as a redelivery after a crash): it carries a duplicate-detection id
   * of its own, so only the receiving service's inbox can tell it is a copy.
   */
  public void sendCopyTheBrokerCannotRecognise(Envelope envelope) {
    sendRaw(
        destinationOf(envelope.type()),
        envelope.body(),
        message -> {
          write(envelope, message);
          try {
            message.setStringProperty(
                JmsEnvelopes.DUPLICATE_DETECTION_ID, UUID.randomUUID().toString());
          } catch (JMSException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** Sends any text with any properties, for messages the platform must refuse. */
  public void sendRaw(Destination destination, String body, Consumer<TextMessage> properties) {
    TextMessage message = context.createTextMessage(body);
    properties.accept(message);
    context.createProducer().send(destination, message);
  }

  /** Starts listening to a topic now; what is published from here on is recorded. */
  public TopicRecorder record(MessageType<?> eventType) {
    return new TopicRecorder(
        factory.createContext(JMSContext.AUTO_ACKNOWLEDGE), eventType.name(), jsonb);
  }

  /**
   * The messages parked from one origin address (e.g. {@code order.create}), browsed on its
   * dead-letter queue and left in place.
   */
  public List<ParkedCopy> parkedFrom(String origin) {
    List<ParkedCopy> parked = new ArrayList<>();
    try (QueueBrowser browser =
        context.createBrowser(context.createQueue(DeadLetters.fullyQualifiedQueueOf(origin)))) {
      for (Object each : Collections.list(browser.getEnumeration())) {
        Message message = (Message) each;
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Object name : Collections.list(message.getPropertyNames())) {
          properties.put((String) name, message.getObjectProperty((String) name));
        }
        String body = message instanceof TextMessage text ? text.getText() : null;
        parked.add(new ParkedCopy(body, properties, message.getIntProperty("JMSXDeliveryCount")));
      }
    } catch (JMSException e) {
      throw new IllegalStateException(e);
    }
    return parked;
  }

  public Destination destinationOf(MessageType<?> type) {
    return type.isCommand() ? context.createQueue(type.name()) : context.createTopic(type.name());
  }

  private Destination destinationOf(String typeName) {
    return destinationOf(
        MessageTypes.byName(typeName)
            .orElseThrow(() -> new IllegalArgumentException("unknown message type " + typeName)));
  }

  private static void write(Envelope envelope, TextMessage message) {
    try {
      JmsEnvelopes.write(envelope, message, true);
    } catch (JMSException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws Exception {
    context.close();
    factory.close();
    jsonb.close();
  }
}

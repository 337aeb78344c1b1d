package io.orderflow.browser;

import io.orderflow.messaging.Envelope;
import io.orderflow.messaging.JmsEnvelopes;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** The platform's broker, for messages no page can send: ones the platform must park. */
final class Broker {

  private Broker() {}

  /** An order.create with a proper envelope around a body no service can read. */
  static void sendUnreadableOrderCreate(UUID messageId) throws JMSException {
    sendUnreadableOrderCreate(messageId, "{\"orderId\": \"not a uuid\", \"lines\": [");
  }

  /** The same, with a body of the test's choosing (it must not be a readable order). */
  static void sendUnreadableOrderCreate(UUID messageId, String body) throws JMSException {
    Envelope envelope =
        new Envelope(
            "order.create",
            messageId,
            messageId,
            messageId,
            Instant.now(),
            Envelope.SCHEMA_VERSION,
            UUID.randomUUID().toString(),
            body);
    String url = "tcp://" + setting("host", "127.0.0.1") + ":" + setting("port", "61616");
    try (ActiveMQConnectionFactory factory =
            new ActiveMQConnectionFactory(
                url, setting("user", "orderflow"), setting("password", "orderflow"));
        JMSContext jms = factory.createContext()) {
      TextMessage message = jms.createTextMessage(body);
      JmsEnvelopes.write(envelope, message, true);
      jms.createProducer().send(jms.createQueue("order.create"), message);
    }
  }

  /**
   * The same settings as ./orderflow; an unset variable reaches us as an unresolved "${env...}".
   */
  private static String setting(String name, String fallback) {
    String value = System.getProperty("orderflow.browser.broker." + name);
    return value == null || value.isBlank() || value.startsWith("${") ? fallback : value;
  }
}

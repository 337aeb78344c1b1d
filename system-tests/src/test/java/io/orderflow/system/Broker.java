package io.orderflow.system;

import static io.orderflow.system.Platform.setting;

import io.orderflow.messaging.Envelope;
import io.orderflow.messaging.JmsEnvelopes;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.util.UUID;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * The platform's broker, through Artemis management: a paused queue keeps its messages and its
 * consumers but delivers nothing, as a stalled service would.
 */
final class Broker {

  private static final String URL =
      "tcp://"
          + setting("ORDERFLOW_BROKER_HOST", "127.0.0.1")
          + ":"
          + setting("ORDERFLOW_BROKER_PORT", "61616");
  private static final long ANSWER_MILLIS = 10_000;

  private Broker() {}

  /** An order.create with a proper envelope around a body no service can read: it is parked. */
  static void sendUnreadableOrderCreate(UUID messageId) throws Exception {
    String body = "{\"orderId\": \"not a uuid\", \"lines\": [";
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
    try (ActiveMQConnectionFactory factory =
            new ActiveMQConnectionFactory(
                URL,
                setting("ORDERFLOW_BROKER_USER", "orderflow"),
                setting("ORDERFLOW_BROKER_PASSWORD", "orderflow"));
        JMSContext jms = factory.createContext()) {
      TextMessage message = jms.createTextMessage(body);
      JmsEnvelopes.write(envelope, message, true);
      jms.createProducer().send(jms.createQueue("order.create"), message);
    }
  }

  static void pause(String queue) {
    invoke("queue." + queue, "pause");
  }

  static void resume(String queue) {
    invoke("queue." + queue, "resume");
  }

  private static void invoke(String resource, String operation) {
    try (ActiveMQConnectionFactory factory =
            new ActiveMQConnectionFactory(
                URL,
                setting("ORDERFLOW_BROKER_USER", "orderflow"),
                setting("ORDERFLOW_BROKER_PASSWORD", "orderflow"));
        JMSContext jms = factory.createContext()) {
      TemporaryQueue replies = jms.createTemporaryQueue();
      JMSConsumer answers = jms.createConsumer(replies);
      Message request = jms.createMessage();
      JMSManagementHelper.putOperationInvocation(request, resource, operation);
      request.setJMSReplyTo(replies);
      jms.createProducer().send(jms.createQueue("activemq.management"), request);
      Message answer = answers.receive(ANSWER_MILLIS);
      if (answer == null || !JMSManagementHelper.hasOperationSucceeded(answer)) {
        throw new IllegalStateException(
            operation
                + " on "
                + resource
                + " failed: "
                + (answer == null ? "no answer" : JMSManagementHelper.getResult(answer)));
      }
    } catch (Exception e) {
      throw new IllegalStateException(operation + " on " + resource + " failed", e);
    }
  }
}

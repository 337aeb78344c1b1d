package io.orderflow.messaging;

import io.orderflow.contracts.messages.MessageType;
import io.orderflow.contracts.messages.MessageTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.List;
import java.util.UUID;

/**
 * Puts messages on the broker, outside any database transaction: the first message of a request (a
 * command the web sends), and what a handler staged once its transaction has committed. Commands go
 * to the queue named after them, events to the topic named after them.
 *
 * <p>Connections come from the resource adapter's pool, which enlists in no JTA transaction: a send
 * is complete when it returns, or a transacted context's commit is. Each call opens and closes its
 * own context rather than using an injected {@code JMSContext}: Payara's injected context
 * serialises every caller on one lock.
 */
@ApplicationScoped
public class MessageSender {

  /**
   * Bound by each module to its own factory, which logs in as the module's broker user (the EAR's
   * glassfish-resources.xml and each module's descriptor, or a test archive).
   */
  public static final String CONNECTION_FACTORY = "java:module/jms/orderflow";

  @Inject MessageCodec codec;

  /** The calling module's factory: this bean serves every module. */
  private static ConnectionFactory connectionFactory() {
    return ModuleConnectionFactory.of(CONNECTION_FACTORY);
  }

  /** Sends the first message of a request under a fresh id. */
  public <P> UUID send(MessageType<P> type, String groupId, P payload) {
    return send(type, groupId, payload, UUID.randomUUID());
  }

  /**
   * Sends the first message of a request under an id chosen by the caller, and returns once the
   * broker has stored it (a durable send on a session without a transaction blocks until then). The
   * broker drops a second message with the same id, and so does the receiving service, so a client
   * that sends again after losing the answer changes nothing.
   */
  public <P> UUID send(MessageType<P> type, String groupId, P payload, UUID messageId) {
    Envelope envelope = Envelope.first(type.name(), messageId, groupId, codec.toJson(payload));
    try (JMSContext jms = connectionFactory().createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
      write(jms, envelope, true);
    }
    return messageId;
  }

  /** Publishes messages in one broker transaction: all of them, or none and an exception. */
  public void publish(List<Envelope> envelopes) {
    if (envelopes.isEmpty()) {
      return;
    }
    // the classic API: the adapter makes a JMSContext transacted only inside a JTA transaction
    try (Connection connection = connectionFactory().createConnection();
        Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
        MessageProducer producer = session.createProducer(null)) {
      for (Envelope envelope : envelopes) {
        write(session, producer, envelope, false);
      }
      session.commit();
    } catch (JMSException e) {
      throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
  }

  /**
   * Writes a message on the given session, which may be another's transacted session (a batch
   * receiver's, whose commit then publishes and acknowledges at once), through its producer without
   * a destination of its own: one producer serves every message of a transaction.
   */
  static void write(
      Session session, MessageProducer anonymous, Envelope envelope, boolean duplicateDetection)
      throws JMSException {
    TextMessage message = session.createTextMessage(envelope.body());
    JmsEnvelopes.write(envelope, message, duplicateDetection);
    anonymous.send(destinationOf(session, envelope.type()), message);
  }

  private static void write(JMSContext jms, Envelope envelope, boolean duplicateDetection) {
    try {
      TextMessage message = jms.createTextMessage(envelope.body());
      JmsEnvelopes.write(envelope, message, duplicateDetection);
      jms.createProducer().send(destinationOf(jms, envelope.type()), message);
    } catch (JMSException e) {
      throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
  }

  private static Destination destinationOf(Session session, String type) throws JMSException {
    return isCommand(type) ? session.createQueue(type) : session.createTopic(type);
  }

  private static Destination destinationOf(JMSContext jms, String type) {
    return isCommand(type) ? jms.createQueue(type) : jms.createTopic(type);
  }

  private static boolean isCommand(String type) {
    return MessageTypes.byName(type).map(MessageType::isCommand).orElse(false);
  }
}

package io.orderflow.messaging;

import io.orderflow.contracts.messages.MessageType;
import io.orderflow.contracts.messages.MessageTypes;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.TextMessage;
import java.util.UUID;

/**
 * Sends commands to their queue and publishes events to their topic, with the envelope filled in.
 * Connections come from the resource adapter's pool, so a send inside a transaction commits or
 * rolls back with it.
 *
 * <p>Each send opens and closes its own JMS context rather than using an injected {@code
 * JMSContext}: Payara's injected context serialises every caller on one lock and, under load, kept
 * pooled connections until the pool ran dry. Closing a context inside a transaction is safe: the
 * pool keeps the connection enlisted until the transaction ends.
 */
@ApplicationScoped
public class MessageSender {

  /** Defined by the application (the EAR's application.xml, or a test archive). */
  public static final String CONNECTION_FACTORY = "java:app/jms/orderflow";

  @Resource(lookup = CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Inject MessageContext context;
  @Inject MessageCodec codec;

  /** Sends with a fresh message id. The group id keeps one order's messages in order. */
  public <P> UUID send(MessageType<P> type, String groupId, P payload) {
    return send(type, groupId, payload, UUID.randomUUID());
  }

  /**
   * Sends with a message id chosen by the caller, for commands that must not be applied twice when
   * sent again (the broker and the receiving service both drop a repeated id).
   */
  public <P> UUID send(MessageType<P> type, String groupId, P payload, UUID messageId) {
    String body = codec.toJson(payload);
    Envelope envelope =
        context
            .current()
            .map(cause -> cause.causes(type.name(), messageId, groupId, body))
            .orElseGet(() -> Envelope.first(type.name(), messageId, groupId, body));
    publish(envelope, type.isCommand(), false);
    context.published(envelope);
    return messageId;
  }

  /**
   * Publishes again, under its own ids, a message published before while handling a message that is
   * now delivered again (see {@link Inbox}).
   */
  void republish(Envelope envelope) {
    boolean command =
        MessageTypes.byName(envelope.type()).map(MessageType::isCommand).orElse(false);
    publish(envelope, command, true);
  }

  private void publish(Envelope envelope, boolean command, boolean again) {
    try (JMSContext jms = connectionFactory.createContext()) {
      TextMessage message = jms.createTextMessage(envelope.body());
      if (again) {
        JmsEnvelopes.writeAgain(envelope, message);
      } else {
        JmsEnvelopes.write(envelope, message);
      }
      jms.createProducer().send(destinationOf(jms, envelope.type(), command), message);
    } catch (JMSException e) {
      throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
  }

  private static Destination destinationOf(JMSContext jms, String type, boolean command) {
    return command ? jms.createQueue(type) : jms.createTopic(type);
  }
}

package io.orderflow.contracts.messaging;

import io.orderflow.contracts.messages.MessageType;
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
    try (JMSContext jms = connectionFactory.createContext()) {
      TextMessage message = jms.createTextMessage(body);
      JmsEnvelopes.write(envelope, message);
      jms.createProducer().send(destinationOf(jms, type), message);
    } catch (JMSException e) {
      throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
    return messageId;
  }

  private static Destination destinationOf(JMSContext jms, MessageType<?> type) {
    return type.isCommand() ? jms.createQueue(type.name()) : jms.createTopic(type.name());
  }
}

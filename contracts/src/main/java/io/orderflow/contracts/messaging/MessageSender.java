package io.orderflow.contracts.messaging;

import io.orderflow.contracts.messages.MessageType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Destination;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.TextMessage;
import java.util.UUID;

/**
 * Sends commands to their queue and publishes events to their topic, with the envelope filled in.
 * The JMS context comes from the resource adapter, so a send inside a transaction commits or rolls
 * back with it.
 */
@ApplicationScoped
public class MessageSender {

  /** Defined by the application (the EAR's application.xml, or a test archive). */
  public static final String CONNECTION_FACTORY = "java:app/jms/orderflow";

  @Inject
  @JMSConnectionFactory(CONNECTION_FACTORY)
  JMSContext jms;

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
    TextMessage message = jms.createTextMessage(body);
    try {
      JmsEnvelopes.write(envelope, message);
    } catch (JMSException e) {
      throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
    jms.createProducer().send(destinationOf(type), message);
    return messageId;
  }

  private Destination destinationOf(MessageType<?> type) {
    return type.isCommand() ? jms.createQueue(type.name()) : jms.createTopic(type.name());
  }
}

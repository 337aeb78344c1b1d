package io.orderflow.messaging;

import io.orderflow.contracts.messages.MessageType;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.Topic;

/**
 * What can be told about a delivered message even when its envelope is broken: read leniently, it
 * never throws, so that recording a failure cannot itself fail on the message.
 *
 * @param messageId the {@code messageId} property, or the JMS message id when it is missing
 * @param origin the address the message was consumed from (a command queue or an event topic)
 * @param fromQueue whether the origin is a queue (a command) rather than a topic (an event)
 * @param attempt which delivery this is, 1 for the first (JMSXDeliveryCount)
 */
public record DeliveryFacts(
    String messageId,
    String type,
    String correlationId,
    String origin,
    boolean fromQueue,
    int attempt) {

  static final String DELIVERY_COUNT = "JMSXDeliveryCount";

  /**
   * @param expected the type the receiving consumer takes, which names its destination when the
   *     message does not say where it came from
   */
  public static DeliveryFacts of(Message message, MessageType<?> expected) {
    String jmsId = orNull(message::getJMSMessageID);
    String messageId = orNull(() -> message.getStringProperty(JmsEnvelopes.MESSAGE_ID));
    Destination destination = orNull(message::getJMSDestination);
    String origin = orNull(() -> nameOf(destination));
    Integer attempt = orNull(() -> message.getIntProperty(DELIVERY_COUNT));
    return new DeliveryFacts(
        messageId == null || messageId.isBlank() ? jmsId : messageId,
        orNull(() -> message.getStringProperty(JmsEnvelopes.TYPE)),
        orNull(message::getJMSCorrelationID),
        origin == null ? expected.name() : origin,
        destination == null ? expected.isCommand() : destination instanceof Queue,
        attempt == null || attempt < 1 ? 1 : attempt);
  }

  private static String nameOf(Destination destination) throws JMSException {
    if (destination instanceof Queue queue) {
      return queue.getQueueName();
    }
    if (destination instanceof Topic topic) {
      return topic.getTopicName();
    }
    return null;
  }

  private interface JmsRead<T> {
    T get() throws JMSException;
  }

  private static <T> T orNull(JmsRead<T> read) {
    try {
      return read.get();
    } catch (JMSException | RuntimeException e) {
      return null;
    }
  }
}

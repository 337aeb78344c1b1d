package io.orderflow.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The dead-letter queues as an admin works on them: browse what is parked, send a message back to
 * where it came from, or take it off for good. Browsing leaves the messages in place.
 */
@ApplicationScoped
public class ParkedMessages {

  /** How long a take waits for the broker to hand over a message it has just browsed. */
  private static final long TAKE_TIMEOUT_MILLIS = 2_000;

  /** The parking marks: a replayed message starts afresh. */
  private static final Set<String> PARKING_PROPERTIES =
      Set.of(DeadLetters.REASON, DeadLetters.HANDLER, DeadLetters.PARKED_AT);

  @Resource(lookup = MessageSender.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  /** Every parked message, queue by queue in the order of {@link DeadLetters#origins()}. */
  public List<ParkedMessage> all() {
    List<ParkedMessage> parked = new ArrayList<>();
    try (JMSContext jms = connectionFactory.createContext()) {
      for (String origin : DeadLetters.origins()) {
        parked.addAll(browse(jms, origin, null));
      }
    }
    return parked;
  }

  public Optional<ParkedMessage> find(String messageId) {
    try (JMSContext jms = connectionFactory.createContext()) {
      return find(jms, messageId);
    }
  }

  /**
   * Takes the message off its dead-letter queue and sends it back to its origin (a command to its
   * queue, an event to its topic, where the subscribers that handled it already skip it by id), in
   * one transaction. Returns the message replayed, or empty if none is parked under that id.
   */
  @Transactional(TxType.REQUIRED)
  public Optional<ParkedMessage> replay(String messageId) {
    try (JMSContext jms = connectionFactory.createContext()) {
      Optional<Taken> taken = take(jms, messageId);
      taken.ifPresent(t -> sendBack(jms, t));
      return taken.map(Taken::parked);
    }
  }

  /**
   * Takes the message off its dead-letter queue for good, in the caller's transaction, so that the
   * caller can record the discard in the same transaction.
   */
  @Transactional(TxType.MANDATORY)
  public Optional<ParkedMessage> discard(String messageId) {
    try (JMSContext jms = connectionFactory.createContext()) {
      return take(jms, messageId).map(Taken::parked);
    }
  }

  private Optional<ParkedMessage> find(JMSContext jms, String messageId) {
    for (String origin : DeadLetters.origins()) {
      List<ParkedMessage> found = browse(jms, origin, selectorFor(messageId));
      if (!found.isEmpty()) {
        return Optional.of(found.get(0));
      }
    }
    return Optional.empty();
  }

  private record Taken(ParkedMessage parked, Message message) {}

  private Optional<Taken> take(JMSContext jms, String messageId) {
    Optional<ParkedMessage> parked = find(jms, messageId);
    if (parked.isEmpty()) {
      return Optional.empty();
    }
    String origin = parked.get().origin();
    try (JMSConsumer consumer = jms.createConsumer(queueOf(jms, origin), selectorFor(messageId))) {
      Message message = consumer.receive(TAKE_TIMEOUT_MILLIS);
      return message == null
          ? Optional.empty()
          : Optional.of(new Taken(read(message, origin), message));
    }
  }

  private void sendBack(JMSContext jms, Taken taken) {
    String origin = taken.parked().origin();
    try {
      TextMessage copy = jms.createTextMessage(MessageCopies.bodyOf(taken.message()));
      MessageCopies.copyProperties(taken.message(), copy, PARKING_PROPERTIES);
      Destination destination =
          DeadLetters.isTopic(origin) ? jms.createTopic(origin) : jms.createQueue(origin);
      jms.createProducer().send(destination, copy);
    } catch (JMSException e) {
      throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
  }

  private List<ParkedMessage> browse(JMSContext jms, String origin, String selector) {
    List<ParkedMessage> parked = new ArrayList<>();
    try (QueueBrowser browser = jms.createBrowser(queueOf(jms, origin), selector)) {
      for (Object message : Collections.list(browser.getEnumeration())) {
        parked.add(read((Message) message, origin));
      }
    } catch (JMSException e) {
      throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
    return parked;
  }

  private static jakarta.jms.Queue queueOf(JMSContext jms, String origin) {
    return jms.createQueue(DeadLetters.fullyQualifiedQueueOf(origin));
  }

  /** A JMS selector for one message id; quotes doubled, as selector string literals escape them. */
  static String selectorFor(String messageId) {
    return JmsEnvelopes.MESSAGE_ID + " = '" + messageId.replace("'", "''") + "'";
  }

  private static ParkedMessage read(Message message, String origin) {
    try {
      String originAddress = message.getStringProperty(DeadLetters.ORIGINAL_ADDRESS);
      return new ParkedMessage(
          message.getStringProperty(JmsEnvelopes.MESSAGE_ID),
          message.getStringProperty(JmsEnvelopes.TYPE),
          originAddress == null ? origin : originAddress,
          message.getStringProperty(DeadLetters.ORIGINAL_QUEUE),
          message.getJMSCorrelationID(),
          message.getStringProperty(DeadLetters.REASON),
          message.getStringProperty(DeadLetters.HANDLER),
          instantOrNull(message.getStringProperty(DeadLetters.PARKED_AT)),
          MessageCopies.bodyOf(message));
    } catch (JMSException e) {
      throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
  }

  private static Instant instantOrNull(String value) {
    try {
      return value == null ? null : Instant.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

package io.orderflow.messaging;

import io.orderflow.contracts.messages.MessageType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Connection;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

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

  @Inject MessageCodec codec;

  /** Every parked message, queue by queue in the order of {@link DeadLetters#origins()}. */
  public List<ParkedMessage> all() {
    return inSession(
        false,
        session -> {
          List<ParkedMessage> parked = new ArrayList<>();
          for (String origin : DeadLetters.origins()) {
            parked.addAll(browse(session, origin, null));
          }
          return parked;
        });
  }

  public Optional<ParkedMessage> find(String messageId) {
    return inSession(false, session -> find(session, messageId));
  }

  /**
   * Takes the message off its dead-letter queue and sends it back to its origin (a command to its
   * queue, an event to its topic, where the subscribers that handled it already skip it by id), in
   * one broker transaction. Returns the message replayed, or empty if none is parked under that id.
   */
  public Optional<ParkedMessage> replay(String messageId) {
    return inSession(
        true,
        session -> {
          Optional<Taken> taken = take(session, messageId);
          if (taken.isPresent()) {
            sendBack(session, taken.get());
          }
          session.commit();
          return taken.map(Taken::parked);
        });
  }

  /**
   * Takes the message off its dead-letter queue for good and sends the record of the discard (to
   * the service that keeps the audit) in the same broker transaction: either the message is gone
   * and its discard recorded, or neither. Returns the message discarded, or empty if none is parked
   * under that id.
   */
  public <R> Optional<ParkedMessage> discard(
      String messageId, MessageType<R> recordType, Function<ParkedMessage, R> record) {
    return inSession(
        true,
        session -> {
          Optional<Taken> taken = take(session, messageId);
          if (taken.isPresent()) {
            ParkedMessage parked = taken.get().parked();
            try (MessageProducer producer = session.createProducer(null)) {
              MessageSender.write(
                  session,
                  producer,
                  Envelope.first(
                      recordType.name(),
                      UUID.randomUUID(),
                      parked.messageId(),
                      codec.toJson(record.apply(parked))),
                  false);
            }
          }
          session.commit();
          return taken.map(Taken::parked);
        });
  }

  private interface SessionWork<T> {
    T run(Session session) throws JMSException;
  }

  /**
   * The classic API: the resource adapter makes a {@code JMSContext} transacted only inside a JTA
   * transaction, a {@code Session} also outside one.
   */
  private <T> T inSession(boolean transacted, SessionWork<T> work) {
    try (Connection connection =
            ModuleConnectionFactory.of(MessageSender.CONNECTION_FACTORY).createConnection();
        Session session =
            connection.createSession(
                transacted, transacted ? Session.SESSION_TRANSACTED : Session.AUTO_ACKNOWLEDGE)) {
      connection.start();
      return work.run(session);
    } catch (JMSException e) {
      throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
  }

  private Optional<ParkedMessage> find(Session session, String messageId) throws JMSException {
    for (String origin : DeadLetters.origins()) {
      List<ParkedMessage> found = browse(session, origin, selectorFor(messageId));
      if (!found.isEmpty()) {
        return Optional.of(found.get(0));
      }
    }
    return Optional.empty();
  }

  private record Taken(ParkedMessage parked, Message message) {}

  private Optional<Taken> take(Session session, String messageId) throws JMSException {
    Optional<ParkedMessage> parked = find(session, messageId);
    if (parked.isEmpty()) {
      return Optional.empty();
    }
    String origin = parked.get().origin();
    try (MessageConsumer consumer =
        session.createConsumer(queueOf(session, origin), selectorFor(messageId))) {
      Message message = consumer.receive(TAKE_TIMEOUT_MILLIS);
      return message == null
          ? Optional.empty()
          : Optional.of(new Taken(read(message, origin), message));
    }
  }

  private static void sendBack(Session session, Taken taken) throws JMSException {
    String origin = taken.parked().origin();
    TextMessage copy = session.createTextMessage(MessageCopies.bodyOf(taken.message()));
    MessageCopies.copyProperties(taken.message(), copy, PARKING_PROPERTIES);
    Destination destination =
        DeadLetters.isTopic(origin) ? session.createTopic(origin) : session.createQueue(origin);
    try (MessageProducer producer = session.createProducer(destination)) {
      producer.send(copy);
    }
  }

  private static List<ParkedMessage> browse(Session session, String origin, String selector)
      throws JMSException {
    List<ParkedMessage> parked = new ArrayList<>();
    try (QueueBrowser browser = session.createBrowser(queueOf(session, origin), selector)) {
      for (Object message : Collections.list(browser.getEnumeration())) {
        parked.add(read((Message) message, origin));
      }
    }
    return parked;
  }

  private static Queue queueOf(Session session, String origin) throws JMSException {
    return session.createQueue(DeadLetters.fullyQualifiedQueueOf(origin));
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

package io.orderflow.messaging;

import io.orderflow.contracts.messages.MessageType;
import io.orderflow.contracts.messages.MessageTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Where messages that cannot be handled are parked, and how a service parks one itself. The broker
 * parks a message after its last failed delivery: on the dead-letter address {@value #ADDRESS}, in
 * the queue {@code DLQ.<origin address>}, which selects on {@value #ORIGINAL_ADDRESS} (broker.xml
 * declares one per address). A service parks a message at once when no retry can help; its copy
 * carries the same routing property, so it lands in the same queue, plus the reason.
 */
@ApplicationScoped
public class DeadLetters {

  public static final String ADDRESS = "DLA";
  public static final String QUEUE_PREFIX = "DLQ.";

  /** Set by the broker on a message it dead-letters, and by {@link #park} on its copy. */
  public static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";

  public static final String ORIGINAL_QUEUE = "_AMQ_ORIG_QUEUE";

  public static final String REASON = "deadLetterReason";
  public static final String HANDLER = "deadLetterHandler";
  public static final String PARKED_AT = "deadLetteredAt";

  private static final Set<String> SET_AFRESH = Set.of(REASON, HANDLER, PARKED_AT);

  /** The queue that holds the messages parked from one address, e.g. {@code DLQ.order.create}. */
  public static String queueOf(String origin) {
    return QUEUE_PREFIX + origin;
  }

  /**
   * The queue's fully qualified name, {@code DLA::DLQ.<origin>}: it lives on the dead-letter
   * address, so a plain queue name would make the client look for an address of that name.
   */
  public static String fullyQualifiedQueueOf(String origin) {
    return ADDRESS + "::" + queueOf(origin);
  }

  /** Every address a message can be parked from: each command's queue and each event's topic. */
  public static List<String> origins() {
    return MessageTypes.ALL.stream().map(MessageType::name).toList();
  }

  /** Whether messages from this address are events, replayed to their topic. */
  public static boolean isTopic(String origin) {
    return MessageTypes.byName(origin).map(type -> !type.isCommand()).orElse(false);
  }

  /**
   * Parks a copy of the message, body and properties, with the reason no retry can help, on its
   * own: the caller acknowledges the original afterwards. If the original comes back because that
   * acknowledgement was lost, the broker drops the second copy by its duplicate-detection id.
   */
  public void parkAlone(Message original, DeliveryFacts facts, String handler, String reason) {
    try (JMSContext jms =
        ModuleConnectionFactory.of(MessageSender.CONNECTION_FACTORY)
            .createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
      TextMessage copy = copyOf(jms, original, facts, handler, reason);
      copy.setStringProperty(
          JmsEnvelopes.DUPLICATE_DETECTION_ID, "parked:" + original.getJMSMessageID());
      jms.createProducer().send(jms.createTopic(ADDRESS), copy);
    } catch (JMSException e) {
      throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
  }

  /**
   * Parks a copy on the given transacted session, whose commit also acknowledges the original: the
   * copy is parked if and only if the original is acknowledged.
   */
  void parkOn(
      Session session,
      MessageProducer anonymous,
      Message original,
      DeliveryFacts facts,
      String handler,
      String reason)
      throws JMSException {
    TextMessage copy = session.createTextMessage(MessageCopies.bodyOf(original));
    markParked(copy, original, facts, handler, reason);
    anonymous.send(session.createTopic(ADDRESS), copy);
  }

  private static TextMessage copyOf(
      JMSContext jms, Message original, DeliveryFacts facts, String handler, String reason)
      throws JMSException {
    TextMessage copy = jms.createTextMessage(MessageCopies.bodyOf(original));
    markParked(copy, original, facts, handler, reason);
    return copy;
  }

  private static void markParked(
      TextMessage copy, Message original, DeliveryFacts facts, String handler, String reason)
      throws JMSException {
    MessageCopies.copyProperties(original, copy, SET_AFRESH);
    if (!copy.propertyExists(JmsEnvelopes.MESSAGE_ID)) {
      // so that the parked copy is found by the id its failure was recorded under
      copy.setStringProperty(JmsEnvelopes.MESSAGE_ID, facts.messageId());
    }
    copy.setStringProperty(ORIGINAL_ADDRESS, facts.origin());
    if (facts.fromQueue()) {
      copy.setStringProperty(ORIGINAL_QUEUE, facts.origin());
    }
    copy.setStringProperty(REASON, reason);
    copy.setStringProperty(HANDLER, handler);
    copy.setStringProperty(PARKED_AT, Instant.now().toString());
  }
}

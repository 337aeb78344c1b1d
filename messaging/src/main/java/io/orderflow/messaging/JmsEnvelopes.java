package io.orderflow.messaging;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Maps an {@link Envelope} to JMS message properties and back. */
public final class JmsEnvelopes {

  public static final String TYPE = "type";
  public static final String MESSAGE_ID = "messageId";
  public static final String CAUSATION_ID = "causationId";
  public static final String OCCURRED_AT = "occurredAt";
  public static final String SCHEMA_VERSION = "schemaVersion";
  public static final String GROUP_ID = "JMSXGroupID";

  /**
   * Artemis drops a second message with the same value: a resent command is not delivered twice.
   */
  public static final String DUPLICATE_DETECTION_ID = "_AMQ_DUPL_ID";

  private JmsEnvelopes() {}

  /**
   * Writes the envelope as message properties. Duplicate detection is for messages sent on their
   * own, such as a command the web may send twice: inside a broker transaction one duplicate would
   * roll back everything else the transaction holds, so what a handler publishes goes without it,
   * and its consumers drop a second copy by its message id.
   */
  public static void write(Envelope envelope, Message message, boolean duplicateDetection)
      throws JMSException {
    message.setStringProperty(TYPE, envelope.type());
    message.setStringProperty(MESSAGE_ID, envelope.messageId().toString());
    message.setJMSCorrelationID(envelope.correlationId().toString());
    message.setStringProperty(CAUSATION_ID, envelope.causationId().toString());
    message.setStringProperty(OCCURRED_AT, envelope.occurredAt().toString());
    message.setIntProperty(SCHEMA_VERSION, envelope.schemaVersion());
    message.setStringProperty(GROUP_ID, envelope.groupId());
    if (duplicateDetection) {
      message.setStringProperty(DUPLICATE_DETECTION_ID, envelope.messageId().toString());
    }
  }

  public static Envelope read(Message message) {
    try {
      if (!(message instanceof TextMessage text)) {
        throw new UnreadableMessageException(
            "expected a TextMessage holding JSON, got " + message.getClass().getSimpleName());
      }
      return new Envelope(
          required(message, TYPE),
          uuid(message, MESSAGE_ID, required(message, MESSAGE_ID)),
          uuid(message, "JMSCorrelationID", message.getJMSCorrelationID()),
          uuid(message, CAUSATION_ID, required(message, CAUSATION_ID)),
          instant(required(message, OCCURRED_AT)),
          message.propertyExists(SCHEMA_VERSION) ? message.getIntProperty(SCHEMA_VERSION) : 1,
          message.getStringProperty(GROUP_ID),
          text.getText());
    } catch (JMSException e) {
      throw new UnreadableMessageException("cannot read the message envelope: " + e, e);
    }
  }

  private static String required(Message message, String name) throws JMSException {
    String value = message.getStringProperty(name);
    if (value == null || value.isBlank()) {
      throw new UnreadableMessageException("message property '" + name + "' is missing");
    }
    return value;
  }

  private static UUID uuid(Message message, String name, String value) {
    if (value == null) {
      throw new UnreadableMessageException("message property '" + name + "' is missing");
    }
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new UnreadableMessageException(
          "message property '" + name + "' is not a UUID: " + value, e);
    }
  }

  private static Instant instant(String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new UnreadableMessageException("occurredAt is not an ISO-8601 instant: " + value, e);
    }
  }
}

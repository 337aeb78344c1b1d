package io.orderflow.messaging;

import io.orderflow.contracts.messages.MessageType;
import jakarta.jms.Message;

/**
 * A delivered message read for its handler: its envelope and its payload, or why it cannot be read.
 */
record Delivery<P>(
    Message message, DeliveryFacts facts, Envelope envelope, P payload, String unreadable) {

  /** Reads the envelope and the payload; a message no retry can make readable is marked so. */
  static <P> Delivery<P> read(Message message, MessageType<P> expected, MessageCodec codec) {
    DeliveryFacts facts = DeliveryFacts.of(message, expected);
    try {
      Envelope envelope = JmsEnvelopes.read(message);
      if (!expected.name().equals(envelope.type())) {
        throw new UnreadableMessageException(
            "expected a " + expected.name() + " message but its type is " + envelope.type());
      }
      return new Delivery<>(
          message, facts, envelope, codec.fromJson(envelope.body(), expected.payloadType()), null);
    } catch (UnreadableMessageException e) {
      return new Delivery<>(message, facts, null, null, e.getMessage());
    }
  }

  boolean isReadable() {
    return unreadable == null;
  }

  /** The same message, found unreadable by its handler. */
  Delivery<P> unreadable(String reason) {
    return new Delivery<>(message, facts, envelope, payload, reason);
  }
}

package io.orderflow.messaging;

import io.orderflow.contracts.messages.MessageType;

/**
 * A consumer whose messages are applied many to a transaction by a {@link BatchReceiver}, for a
 * message type that arrives once or more per order and whose handling is a few statements: one
 * database commit and one broker commit then serve a whole batch instead of one message. It names
 * its message type (and so its queue or topic) and hands each payload to its handler, as a {@link
 * MessageDrivenConsumer} would.
 */
public interface BatchedConsumer<P> {

  /** The message type consumed: a command's queue, or an event's topic. */
  MessageType<P> messageType();

  /**
   * For an event, the service's shared durable subscription, named {@code <service>.<event>} as a
   * message-driven bean's would be; a command's queue needs none.
   */
  default String subscriptionName() {
    return null;
  }

  /** The inbox of the consumer's service. */
  Inbox inbox();

  /** Hands the payload to the service's handler for this message type. */
  void handle(P payload);
}

package io.orderflow.messaging;

import jakarta.jms.Message;

/**
 * A shared durable subscription whose messages are applied many to a transaction, for events that
 * arrive once or more per order and whose handling is a few upserts: one two-phase commit then
 * serves a whole batch instead of one message. {@link BatchReceiver} receives and commits; an
 * implementation names the subscription and hands each message to its inbox and handler, as a
 * message-driven bean would.
 */
public interface BatchedSubscription {

  /** The topic the events are published to. */
  String topic();

  /** The shared durable subscription's name; the same as a message-driven bean's would be. */
  String subscriptionName();

  /** Applies one message inside the batch's transaction; a failure rolls the batch back. */
  void receive(Message message);
}

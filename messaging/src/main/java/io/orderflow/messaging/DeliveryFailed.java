package io.orderflow.messaging;

/**
 * A handler failed on one message of a delivery, and the transaction that held it rolls back. Names
 * the message, so that a batch receiver can keep it from sinking the others of its batch.
 */
public class DeliveryFailed extends RuntimeException {

  private final transient DeliveryFacts facts;

  DeliveryFailed(DeliveryFacts facts, Throwable cause) {
    super(
        "handling " + facts.type() + " message " + facts.messageId() + " failed: " + cause, cause);
    this.facts = facts;
  }

  public DeliveryFacts facts() {
    return facts;
  }
}

package io.orderflow.contracts.messaging;

import io.orderflow.contracts.messages.MessageFailed;
import io.orderflow.contracts.messages.MessageTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;

/**
 * Records why a delivery failed, as a {@code message.failed} event that the denormalizer projects
 * into the admin views: no service writes another's schema, and the record must outlive the
 * handler's transaction.
 */
@ApplicationScoped
public class DeliveryFailures {

  @Inject MessageSender messages;

  /**
   * A handler failed and its transaction will roll back: record the attempt in a transaction of its
   * own, which commits whatever happens to the handler's.
   *
   * <p>KNOWN PROBLEM (PoisonMessagesIT, disabled test): on Payara the event sent here never reaches
   * the topic, with REQUIRES_NEW as with NOT_SUPPORTED, although no error is raised; the same send
   * in the MDB's own transaction ({@link #recordParked}) arrives.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void recordFailedAttempt(DeliveryFacts facts, String handler, Throwable failure) {
    publish(facts, handler, failure.getClass().getName(), failure.getMessage(), false);
  }

  /**
   * A message was parked at once: record it in the transaction that parks it and acknowledges it,
   * so that the three happen together.
   */
  @Transactional(TxType.MANDATORY)
  public void recordParked(DeliveryFacts facts, String handler, Throwable reason) {
    publish(facts, handler, reason.getClass().getName(), reason.getMessage(), true);
  }

  private void publish(
      DeliveryFacts facts,
      String handler,
      String exceptionClass,
      String exceptionMessage,
      boolean parked) {
    messages.send(
        MessageTypes.MESSAGE_FAILED,
        // the failed message's attempts stay in order among themselves
        facts.messageId(),
        new MessageFailed(
            facts.messageId(),
            facts.type(),
            facts.origin(),
            handler,
            facts.attempt(),
            exceptionClass,
            exceptionMessage,
            Instant.now(),
            facts.correlationId(),
            parked));
  }
}

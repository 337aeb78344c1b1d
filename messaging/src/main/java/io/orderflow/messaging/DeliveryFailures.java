package io.orderflow.messaging;

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
   * own, the one {@link FailedAttempts#record} starts, which commits whatever happens to the
   * handler's.
   *
   * <p>That transaction is started by an enterprise bean, not by CDI's
   * {@code @Transactional(REQUIRES_NEW)}. Called from a message-driven bean, Payara's interceptor
   * begins the new transaction on the thread but leaves the bean's invocation without one, and the
   * connection pool enlists a connection in the invocation's transaction: the JMS connection was
   * never enlisted, and the resource adapter, seeing a transaction on the thread, sent on its
   * locally transacted session, which nobody commits. The record vanished without an error. A
   * session bean method runs in an invocation of its own, bound to its new transaction, so the
   * connection taken here is enlisted in it and commits with it.
   */
  @Transactional(TxType.MANDATORY)
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

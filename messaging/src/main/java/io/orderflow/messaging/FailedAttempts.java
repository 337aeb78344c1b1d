package io.orderflow.messaging;

import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The transaction boundary around {@link DeliveryFailures#recordFailedAttempt}: a session bean
 * method that requires a new transaction, so the record commits whatever happens to the handler's.
 * It must be an enterprise bean, not a CDI {@code @Transactional} method: see {@link
 * DeliveryFailures#recordFailedAttempt} for why.
 *
 * <p>Each service declares it once in its own module as {@code @Stateless}, with nothing to add:
 * the EAR deploys no enterprise beans from its library folder, where this class lives.
 */
public abstract class FailedAttempts {

  @Inject DeliveryFailures failures;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(DeliveryFacts facts, String handler, Throwable failure) {
    failures.recordFailedAttempt(facts, handler, failure);
  }
}

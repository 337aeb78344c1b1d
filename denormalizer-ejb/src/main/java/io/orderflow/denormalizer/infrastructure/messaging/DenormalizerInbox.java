package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.messaging.FailedAttempts;
import io.orderflow.messaging.Inbox;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The denormalizer's inbox: processed message ids live in schema {@code views}. */
@ApplicationScoped
public class DenormalizerInbox extends Inbox {

  @PersistenceContext(unitName = "views")
  EntityManager em;

  @EJB DenormalizerFailedAttempts failedAttempts;

  @Override
  protected EntityManager entityManager() {
    return em;
  }

  @Override
  protected FailedAttempts failedAttempts() {
    return failedAttempts;
  }
}

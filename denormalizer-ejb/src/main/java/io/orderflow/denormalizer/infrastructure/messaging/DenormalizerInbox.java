package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.messaging.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The denormalizer's inbox: processed message ids live in schema {@code views}. */
@ApplicationScoped
public class DenormalizerInbox extends Inbox {

  @PersistenceContext(unitName = "views")
  EntityManager em;

  @Override
  protected EntityManager entityManager() {
    return em;
  }
}

package io.orderflow.fulfillment.infrastructure.messaging;

import io.orderflow.messaging.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The fulfillment service's inbox: processed message ids live in schema {@code fulfillment}. */
@ApplicationScoped
public class FulfillmentServiceInbox extends Inbox {

  @PersistenceContext(unitName = "fulfillment")
  EntityManager em;

  @Override
  protected EntityManager entityManager() {
    return em;
  }
}

package io.orderflow.order.infrastructure.messaging;

import io.orderflow.messaging.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The order service's inbox: processed message ids live in schema {@code orders}. */
@ApplicationScoped
public class OrderServiceInbox extends Inbox {

  @PersistenceContext(unitName = "orders")
  EntityManager em;

  @Override
  protected EntityManager entityManager() {
    return em;
  }
}

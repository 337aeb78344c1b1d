package io.orderflow.order.infrastructure.messaging;

import io.orderflow.messaging.FailedAttempts;
import io.orderflow.messaging.Inbox;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The order service's inbox: processed message ids live in schema {@code orders}. */
@ApplicationScoped
public class OrderServiceInbox extends Inbox {

  @PersistenceContext(unitName = "orders")
  EntityManager em;

  @EJB OrderServiceFailedAttempts failedAttempts;

  @Override
  protected EntityManager entityManager() {
    return em;
  }

  @Override
  protected FailedAttempts failedAttempts() {
    return failedAttempts;
  }
}

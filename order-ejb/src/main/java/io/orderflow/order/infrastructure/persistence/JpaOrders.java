package io.orderflow.order.infrastructure.persistence;

import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.Orders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaOrders implements Orders {

  @PersistenceContext(unitName = "orders")
  EntityManager em;

  @Override
  public Optional<Order> find(UUID orderId) {
    return Optional.ofNullable(em.find(Order.class, orderId));
  }

  @Override
  public void add(Order order) {
    em.persist(order);
  }
}

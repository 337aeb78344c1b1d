package io.orderflow.order.domain;

import java.util.Optional;
import java.util.UUID;

/** Every order the service has decided on, accepted or rejected. */
public interface Orders {

  Optional<Order> find(UUID orderId);

  void add(Order order);
}

package io.orderflow.fulfillment.domain;

import java.util.Optional;
import java.util.UUID;

/** Every shipment this service has made, one per order at most. */
public interface Shipments {

  Optional<Shipment> forOrder(UUID orderId);

  void add(Shipment shipment);
}

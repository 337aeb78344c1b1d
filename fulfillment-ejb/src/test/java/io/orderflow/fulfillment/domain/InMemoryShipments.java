package io.orderflow.fulfillment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

class InMemoryShipments implements Shipments {

  private final List<Shipment> shipments = new ArrayList<>();

  @Override
  public Optional<Shipment> forOrder(UUID orderId) {
    return shipments.stream().filter(s -> s.orderId().equals(orderId)).findFirst();
  }

  @Override
  public void add(Shipment shipment) {
    if (forOrder(shipment.orderId()).isPresent()) {
      throw new IllegalStateException("order " + shipment.orderId() + " is shipped already");
    }
    shipments.add(shipment);
  }

  List<Shipment> all() {
    return List.copyOf(shipments);
  }
}

package io.orderflow.fulfillment.domain;

import java.util.List;
import java.util.UUID;

/** What fulfillment did with an order that arrived. */
public sealed interface OrderOutcome {

  UUID orderId();

  /** Every line was reserved for the shipment; the stock changed as listed. */
  record Shipped(Shipment shipment, List<StockLevel> stockChanges) implements OrderOutcome {
    @Override
    public UUID orderId() {
      return shipment.orderId();
    }
  }

  /** Some line was short, so nothing was reserved; the order waits for the missing units. */
  record Backordered(UUID orderId, List<Shortage> shortages) implements OrderOutcome {}

  /** The order was shipped or backordered before: nothing changed. */
  record AlreadyDecided(UUID orderId) implements OrderOutcome {}
}

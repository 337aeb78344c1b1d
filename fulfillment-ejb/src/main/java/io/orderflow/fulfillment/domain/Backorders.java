package io.orderflow.fulfillment.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every backorder this service recorded, waiting or fulfilled, by order id. */
public interface Backorders {

  Optional<Backorder> find(UUID orderId);

  void add(Backorder backorder);

  /** The waiting backorders with a line of this sku, oldest first (recorded at, then sequence). */
  List<Backorder> waitingFor(String sku);

  /**
   * Every sku named by a waiting backorder with a line of this sku: the stock a restock of it may
   * have to lock. It needs no lock itself, so the answer may be slightly stale.
   */
  List<String> skusWaitingAlongside(String sku);
}

package io.orderflow.fulfillment.domain;

import java.util.Collection;
import java.util.Map;

/** The stock of every sku this service has seen. */
public interface Inventory {

  /**
   * Locks the stock of these skus until the transaction ends, so that concurrent handlers touching
   * the same sku take turns and nothing is oversold. Locks are taken in sku order, so two handlers
   * never wait for each other in a circle. A sku never seen gets an empty stock (nothing on hand),
   * locked like the others, so that a restock and an order for a new sku also take turns.
   *
   * @return the stock of every sku asked for, by sku
   */
  Map<String, Stock> lock(Collection<String> skus);
}

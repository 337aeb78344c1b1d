package io.orderflow.fulfillment.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Stock in a map; locking is meaningless in one thread, so it only records what was asked. */
class InMemoryInventory implements Inventory {

  private final Map<String, Stock> stock = new TreeMap<>();

  InMemoryInventory with(String sku, int onHand) {
    stock(sku).restock(onHand);
    return this;
  }

  Stock stock(String sku) {
    return stock.computeIfAbsent(sku, Stock::new);
  }

  @Override
  public Map<String, Stock> lock(Collection<String> skus) {
    Map<String, Stock> locked = new HashMap<>();
    skus.forEach(sku -> locked.put(sku, stock(sku)));
    return locked;
  }
}

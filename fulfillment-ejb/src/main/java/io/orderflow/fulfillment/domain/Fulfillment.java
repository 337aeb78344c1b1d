package io.orderflow.fulfillment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Reserves stock for orders, all lines or none, and serves waiting backorders when stock arrives.
 *
 * <p>An order that arrives is shipped at once if every line is available now, otherwise it is
 * backordered whole, reserving nothing. An order is decided once: a repeated {@code order.created}
 * for an order already shipped or backordered changes nothing.
 *
 * <p>A restock serves the waiting backorders that need its sku, the oldest first <em>among those
 * that can be fully served</em>: a backorder still short (perhaps of another sku) is skipped and
 * stays waiting, so it never blocks a younger one that the stock can serve whole. Likewise a new
 * order that the stock can serve whole is shipped even when older backorders wait for its skus. The
 * price is that a large backorder may wait while smaller ones go ahead.
 */
public class Fulfillment {

  private final Inventory inventory;
  private final Shipments shipments;
  private final Backorders backorders;

  public Fulfillment(Inventory inventory, Shipments shipments, Backorders backorders) {
    this.inventory = inventory;
    this.shipments = shipments;
    this.backorders = backorders;
  }

  public OrderOutcome fulfill(UUID orderId, List<ItemLine> lines, Instant now) {
    if (shipments.forOrder(orderId).isPresent() || backorders.find(orderId).isPresent()) {
      return new OrderOutcome.AlreadyDecided(orderId);
    }
    Allocation allocation = Allocation.of(lines);
    Map<String, Stock> stock = inventory.lock(allocation.skus());
    List<Shortage> shortages = allocation.shortagesIn(stock);
    if (!shortages.isEmpty()) {
      backorders.add(Backorder.recorded(orderId, lines, now));
      return new OrderOutcome.Backordered(orderId, shortages);
    }
    List<StockLevel> changes = allocation.reserveFrom(stock);
    Shipment shipment = Shipment.forOrder(orderId, lines, now);
    shipments.add(shipment);
    return new OrderOutcome.Shipped(shipment, changes);
  }

  public Restock restock(String sku, int quantity, Instant now) {
    // Lock, in sku order, the restocked sku and every sku its backorders may reserve from.
    TreeSet<String> skus = new TreeSet<>(backorders.skusWaitingAlongside(sku));
    skus.add(sku);
    Map<String, Stock> stock = new HashMap<>(inventory.lock(skus));

    List<StockLevel> changes = new ArrayList<>();
    StockLevel restocked = stock.get(sku).restock(quantity);
    changes.add(restocked);

    List<Shipment> shipped = new ArrayList<>();
    for (Backorder waiting : backorders.waitingFor(sku)) {
      if (stock.get(sku).available() == 0) {
        break; // every remaining backorder needs this sku
      }
      Allocation allocation = Allocation.of(waiting.lines());
      lockAnyRecordedSinceWeLooked(allocation, stock);
      if (allocation.canBeServedFrom(stock)) {
        changes.addAll(allocation.reserveFrom(stock));
        Shipment shipment = Shipment.forOrder(waiting.orderId(), waiting.lines(), now);
        shipments.add(shipment);
        waiting.fulfilled(now);
        shipped.add(shipment);
      }
    }
    return new Restock(restocked, quantity, shipped, changes);
  }

  /**
   * A backorder recorded between the unlocked look-up and the locks may name a sku not locked yet.
   * That is rare; locking it now, out of sku order, risks a deadlock that the database breaks by
   * rolling one transaction back, whose message is then redelivered.
   */
  private void lockAnyRecordedSinceWeLooked(Allocation allocation, Map<String, Stock> stock) {
    List<String> unlocked = allocation.skus().stream().filter(s -> !stock.containsKey(s)).toList();
    if (!unlocked.isEmpty()) {
      stock.putAll(inventory.lock(unlocked));
    }
  }
}

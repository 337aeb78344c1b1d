package io.orderflow.contracts.messages;

import java.util.List;
import java.util.UUID;

/**
 * Event {@code order.fulfilled}: every line is reserved and a shipment exists. {@code stockLevels}
 * are the levels the reservation left, one per sku, exactly as a {@code stock.changed} would carry
 * them: announcing them here spares every fulfilled order a message and a view transaction of its
 * own. Empty when {@code stock.changed} events announced the levels instead (a restock that
 * releases backorders), and absent (null) in events published before it was added.
 */
public record OrderFulfilled(UUID orderId, UUID shipmentId, List<StockChanged> stockLevels) {

  /** The levels to show, none when the event carries none. */
  public List<StockChanged> stockLevelsOrNone() {
    return stockLevels == null ? List.of() : stockLevels;
  }
}

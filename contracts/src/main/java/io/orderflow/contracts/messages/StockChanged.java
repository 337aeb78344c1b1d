package io.orderflow.contracts.messages;

/**
 * Event {@code stock.changed}: the absolute stock level of a sku. {@code version} grows with every
 * change, so a reader keeps the highest version it saw and ignores stale or repeated levels.
 */
public record StockChanged(String sku, int onHand, int reserved, long version) {
  public int available() {
    return onHand - reserved;
  }
}

package io.orderflow.contracts.messages;

/**
 * Event {@code stock.changed}: the absolute stock level of a sku. {@code onHand} is the units free
 * on the shelf, {@code reserved} the units promised to shipments: reserving moves units from one to
 * the other, so on hand + reserved = everything restocked. {@code version} grows with every change,
 * so a reader keeps the highest version it saw and ignores stale or repeated levels.
 */
public record StockChanged(String sku, int onHand, int reserved, long version) {
  /** The units free to reserve: all on hand, since reserved units have left it already. */
  public int available() {
    return onHand;
  }
}

package io.orderflow.denormalizer.domain;

/**
 * The absolute stock of a sku at one version: {@code onHand} units free on the shelf, {@code
 * reserved} units promised to shipments (reserving moves units from the one to the other). Versions
 * grow with every change, so a level replaces the one shown only if its version is higher: stale or
 * repeated levels change nothing.
 */
public record StockLevel(String sku, int onHand, int reserved, long version) {

  /** The units free to reserve: all on hand, since reserved units have left it already. */
  public int available() {
    return onHand;
  }

  /** Whether this level replaces the one shown at {@code shownVersion} (null: none shown yet). */
  public boolean isNewerThan(Long shownVersion) {
    return shownVersion == null || version > shownVersion;
  }
}

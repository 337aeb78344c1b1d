package io.orderflow.denormalizer.domain;

/**
 * The absolute stock of a sku at one version. Versions grow with every change, so a level replaces
 * the one shown only if its version is higher: stale or repeated levels change nothing.
 */
public record StockLevel(String sku, int onHand, int reserved, long version) {

  public int available() {
    return onHand - reserved;
  }

  /** Whether this level replaces the one shown at {@code shownVersion} (null: none shown yet). */
  public boolean isNewerThan(Long shownVersion) {
    return shownVersion == null || version > shownVersion;
  }
}

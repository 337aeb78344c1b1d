package io.orderflow.denormalizer.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The product view: one row per sku with its catalog entry and its stock. Either part may arrive
 * first; the other stays empty until its event comes.
 */
public interface ProductViews {

  /** Name and price from the catalog; a registration older than the one shown changes nothing. */
  void describe(String sku, String name, BigDecimal unitPrice, Instant registeredAt);

  /** Applies the level only if {@link StockLevel#isNewerThan} the version shown. */
  void showStock(StockLevel level);
}

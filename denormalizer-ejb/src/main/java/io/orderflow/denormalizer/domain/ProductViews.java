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

  /**
   * The fulfillment service no longer keeps stock of the sku, which it had up to {@code version}: a
   * row that shows only stock goes, a registered product's row keeps its catalog entry and shows no
   * stock. A level above that version is not the one removed and stays.
   */
  void forgetStock(String sku, long version);
}

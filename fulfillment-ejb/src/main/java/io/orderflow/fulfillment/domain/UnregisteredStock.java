package io.orderflow.fulfillment.domain;

import java.util.List;

/**
 * Stock of skus the {@link Catalog} does not hold: stock of something nobody registered, which no
 * order can ask for. Restocks created it before this service learned the catalog.
 */
public interface UnregisteredStock {

  /**
   * Removes it, except stock with units reserved for shipments, which stays as the record of what
   * they took (an order is only accepted for a registered sku, so such stock means a registration
   * was lost, for a person to look into).
   *
   * @return the levels removed, in sku order
   */
  List<StockLevel> remove();
}

package io.orderflow.fulfillment.infrastructure.persistence;

import io.orderflow.fulfillment.domain.Stock;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The stock rows this transaction has locked, and their entities: a batch of orders locks each sku
 * once, however many of its orders need it, and keeps working on the same managed entity.
 */
@TransactionScoped
public class LockedStock implements Serializable {

  private static final long serialVersionUID = 1L;

  private final transient Map<String, Stock> bySku = new HashMap<>();

  Map<String, Stock> bySku() {
    return bySku;
  }
}

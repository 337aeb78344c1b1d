package io.orderflow.fulfillment.domain;

/** The stock of a sku right after one change; {@code version} counts the changes. */
public record StockLevel(String sku, int onHand, int reserved, long version) {

  public int available() {
    return onHand - reserved;
  }
}

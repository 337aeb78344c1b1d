package io.orderflow.fulfillment.domain;

/** The stock of a sku right after one change; {@code version} counts the changes. */
public record StockLevel(String sku, int onHand, int reserved, long version) {

  /** The units free to reserve: all on hand, since reserving moves units out of it. */
  public int available() {
    return onHand;
  }
}

package io.orderflow.fulfillment.application;

/**
 * A restock names a sku whose registration has not arrived (yet). Thrown out of the handler, it
 * rolls the delivery back, so the broker delivers the restock again later; the failed attempt is
 * recorded with this message.
 */
public class SkuNotRegisteredYetException extends RuntimeException {

  public SkuNotRegisteredYetException(String reason) {
    super(reason);
  }
}

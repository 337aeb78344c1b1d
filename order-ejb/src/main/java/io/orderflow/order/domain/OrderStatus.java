package io.orderflow.order.domain;

public enum OrderStatus {
  /** Accepted and priced: fulfillment takes it from here. */
  CREATED,
  /** Refused; the order records why. */
  REJECTED
}

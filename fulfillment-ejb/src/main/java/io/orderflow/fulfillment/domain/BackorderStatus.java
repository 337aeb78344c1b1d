package io.orderflow.fulfillment.domain;

public enum BackorderStatus {
  /** Some line is short: nothing is reserved until every line can be. */
  WAITING,
  /** Stock arrived and the whole order was reserved; the row stays as a record. */
  FULFILLED
}

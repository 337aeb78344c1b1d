package io.orderflow.fulfillment.domain;

/** Whether a restock may add its units now, later, or never. */
public sealed interface RestockVerdict {

  /** The sku is a registered product: the units are added. */
  record Apply() implements RestockVerdict {}

  /** The sku is not known yet, but its registration may still be on its way: try again later. */
  record AwaitRegistration(String reason) implements RestockVerdict {}

  /** The sku is still not known after waiting long enough: the restock adds nothing. */
  record Reject(String reason) implements RestockVerdict {}
}

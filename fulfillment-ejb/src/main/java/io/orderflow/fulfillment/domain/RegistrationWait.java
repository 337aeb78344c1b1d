package io.orderflow.fulfillment.domain;

/**
 * Stock is kept only for registered products, and how long a restock waits for its sku to be
 * registered before it is rejected.
 *
 * <p>A restock and the registration of its sku travel apart: {@code inventory.restock} comes
 * straight to this service, {@code product.registered} through the order service. So a restock of a
 * sku this service does not know yet may simply have overtaken the registration. It waits by being
 * delivered again, and is rejected at delivery {@code rejectAtDelivery}. The broker's redelivery
 * delay doubles from 1 s, so the default of 8 deliveries waits about 2 minutes: far longer than a
 * registration takes even behind a backlog, and short of the broker's last attempt (10), so that a
 * rejection which fails to commit is tried again instead of parked.
 *
 * @param rejectAtDelivery the delivery (1 for the first) at which a restock of a sku still unknown
 *     is rejected
 */
public record RegistrationWait(int rejectAtDelivery) {

  public static final int DEFAULT_REJECT_AT_DELIVERY = 8;

  public RegistrationWait {
    if (rejectAtDelivery < 1) {
      throw new IllegalArgumentException(
          "a restock is rejected at its first delivery at the earliest, not at "
              + rejectAtDelivery);
    }
  }

  /**
   * @param delivery which delivery of the restock this is, 1 for the first
   */
  public RestockVerdict judge(String sku, Catalog catalog, int delivery) {
    if (catalog.knows(sku)) {
      return new RestockVerdict.Apply();
    }
    if (delivery < rejectAtDelivery) {
      return new RestockVerdict.AwaitRegistration(
          "sku "
              + sku
              + " is not registered (yet); delivery "
              + delivery
              + " of "
              + rejectAtDelivery
              + " waits for its product.registered");
    }
    return new RestockVerdict.Reject(
        "sku "
            + sku
            + " is not a registered product: no product.registered arrived in "
            + delivery
            + " deliveries of the restock");
  }
}

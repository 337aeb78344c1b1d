package io.orderflow.fulfillment.application;

import io.orderflow.contracts.messages.RestockInventory;
import io.orderflow.fulfillment.domain.Backorders;
import io.orderflow.fulfillment.domain.Catalog;
import io.orderflow.fulfillment.domain.Fulfillment;
import io.orderflow.fulfillment.domain.Inventory;
import io.orderflow.fulfillment.domain.RegistrationWait;
import io.orderflow.fulfillment.domain.Restock;
import io.orderflow.fulfillment.domain.RestockVerdict;
import io.orderflow.fulfillment.domain.Shipments;
import io.orderflow.messaging.MessageContext;
import io.orderflow.messaging.UnreadableMessageException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Handles {@code inventory.restock}: adds the units, then ships the backorders they complete. Only
 * for a registered product: a restock of a sku not known yet waits for its registration through
 * redelivery, and is rejected when the wait is over ({@link RegistrationWait}).
 */
@ApplicationScoped
public class RestockInventoryHandler {

  @Inject Inventory inventory;
  @Inject Shipments shipments;
  @Inject Backorders backorders;
  @Inject Catalog catalog;
  @Inject FulfillmentEvents events;
  @Inject MessageContext delivery;

  /** {@code ORDERFLOW_UNKNOWN_SKU_RESTOCK_ATTEMPTS}; keep it at most the broker's attempts. */
  @Inject
  @ConfigProperty(
      name = "orderflow.unknown-sku-restock-attempts",
      defaultValue = "" + RegistrationWait.DEFAULT_REJECT_AT_DELIVERY)
  int rejectAtDelivery;

  private RegistrationWait registrationWait;

  /** A setting below 1 fails every restock, naming the setting, until it is corrected. */
  @PostConstruct
  void readSettings() {
    try {
      registrationWait = new RegistrationWait(rejectAtDelivery);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("orderflow.unknown-sku-restock-attempts: " + e.getMessage());
    }
  }

  public void handle(RestockInventory command) {
    if (command.sku() == null || command.sku().isBlank() || command.quantity() <= 0) {
      throw new UnreadableMessageException(
          "inventory.restock needs a sku and a quantity above 0, got " + command);
    }
    RestockVerdict verdict =
        registrationWait.judge(command.sku(), catalog, delivery.deliveryAttempt());
    if (verdict instanceof RestockVerdict.AwaitRegistration awaiting) {
      throw new SkuNotRegisteredYetException(awaiting.reason());
    }
    if (verdict instanceof RestockVerdict.Reject rejected) {
      events.publishRejected(command.sku(), command.quantity(), rejected.reason());
      return;
    }
    Restock restock =
        new Fulfillment(inventory, shipments, backorders)
            .restock(command.sku(), command.quantity(), Instant.now());
    events.publish(restock);
  }
}

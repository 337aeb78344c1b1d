package io.orderflow.fulfillment.application;

import io.orderflow.contracts.messages.RestockInventory;
import io.orderflow.fulfillment.domain.Backorders;
import io.orderflow.fulfillment.domain.Fulfillment;
import io.orderflow.fulfillment.domain.Inventory;
import io.orderflow.fulfillment.domain.Restock;
import io.orderflow.fulfillment.domain.Shipments;
import io.orderflow.messaging.UnreadableMessageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/** Handles {@code inventory.restock}: adds the units, then ships the backorders they complete. */
@ApplicationScoped
public class RestockInventoryHandler {

  @Inject Inventory inventory;
  @Inject Shipments shipments;
  @Inject Backorders backorders;
  @Inject FulfillmentEvents events;

  public void handle(RestockInventory command) {
    if (command.sku() == null || command.sku().isBlank() || command.quantity() <= 0) {
      throw new UnreadableMessageException(
          "inventory.restock needs a sku and a quantity above 0, got " + command);
    }
    Restock restock =
        new Fulfillment(inventory, shipments, backorders)
            .restock(command.sku(), command.quantity(), Instant.now());
    events.publish(restock);
  }
}

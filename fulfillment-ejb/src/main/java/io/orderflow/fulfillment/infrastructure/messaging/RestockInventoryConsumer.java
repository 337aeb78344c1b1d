package io.orderflow.fulfillment.infrastructure.messaging;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.RestockInventory;
import io.orderflow.fulfillment.application.RestockInventoryHandler;
import io.orderflow.messaging.Inbox;
import io.orderflow.messaging.MessageDrivenConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;

/** Takes {@code inventory.restock} commands off their queue. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "inventory.restock"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true")
    })
public class RestockInventoryConsumer extends MessageDrivenConsumer<RestockInventory>
    implements MessageListener {

  @Inject FulfillmentServiceInbox inbox;
  @Inject RestockInventoryHandler handler;

  public RestockInventoryConsumer() {
    super(MessageTypes.INVENTORY_RESTOCK);
  }

  @Override
  protected Inbox inbox() {
    return inbox;
  }

  @Override
  protected void handle(RestockInventory payload) {
    handler.handle(payload);
  }
}

package io.orderflow.fulfillment.infrastructure.messaging;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messaging.DeliveryFacts;
import io.orderflow.fulfillment.application.RestockInventoryHandler;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Takes {@code inventory.restock} commands off their queue. The handler is told which delivery this
 * is: a restock of a sku not registered yet waits for it over several deliveries.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "inventory.restock"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")
    })
public class RestockInventoryConsumer implements MessageListener {

  @Inject FulfillmentServiceInbox inbox;
  @Inject RestockInventoryHandler handler;

  @Override
  public void onMessage(Message message) {
    int delivery = DeliveryFacts.of(message, MessageTypes.INVENTORY_RESTOCK).attempt();
    inbox.receive(
        message, MessageTypes.INVENTORY_RESTOCK, command -> handler.handle(command, delivery));
  }
}

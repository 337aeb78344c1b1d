package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.denormalizer.application.RestockRejectedHandler;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Takes {@code stock.restock-rejected} events off the denormalizer's shared durable subscription.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(
          propertyName = "destination",
          propertyValue = "stock.restock-rejected"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
      @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
      @ActivationConfigProperty(
          propertyName = "subscriptionName",
          propertyValue = "denormalizer.stock.restock-rejected")
    })
public class RestockRejectedConsumer implements MessageListener {

  @Inject DenormalizerInbox inbox;
  @Inject RestockRejectedHandler handler;

  @Override
  public void onMessage(Message message) {
    inbox.receive(message, MessageTypes.STOCK_RESTOCK_REJECTED, handler::handle);
  }
}

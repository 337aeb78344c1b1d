package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.denormalizer.application.StockChangedHandler;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Takes {@code stock.changed} events off the denormalizer's shared durable subscription. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "stock.changed"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
      @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
      @ActivationConfigProperty(
          propertyName = "subscriptionName",
          propertyValue = "denormalizer.stock.changed")
    })
public class StockChangedConsumer implements MessageListener {

  @Inject DenormalizerInbox inbox;
  @Inject StockChangedHandler handler;

  @Override
  public void onMessage(Message message) {
    inbox.receive(message, MessageTypes.STOCK_CHANGED, handler::handle);
  }
}

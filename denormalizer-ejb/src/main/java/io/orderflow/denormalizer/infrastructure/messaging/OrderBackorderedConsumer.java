package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.denormalizer.application.OrderBackorderedHandler;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Takes {@code order.backordered} events off the denormalizer's shared durable subscription. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "order.backordered"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
      @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
      @ActivationConfigProperty(
          propertyName = "subscriptionName",
          propertyValue = "denormalizer.order.backordered")
    })
public class OrderBackorderedConsumer implements MessageListener {

  @Inject DenormalizerInbox inbox;
  @Inject OrderBackorderedHandler handler;

  @Override
  public void onMessage(Message message) {
    inbox.receive(message, MessageTypes.ORDER_BACKORDERED, handler::handle);
  }
}

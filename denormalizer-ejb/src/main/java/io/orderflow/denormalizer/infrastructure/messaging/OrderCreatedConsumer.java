package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.denormalizer.application.OrderCreatedHandler;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Takes {@code order.created} events off the denormalizer's shared durable subscription. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "order.created"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
      @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
      @ActivationConfigProperty(
          propertyName = "subscriptionName",
          propertyValue = "denormalizer.order.created")
    })
public class OrderCreatedConsumer implements MessageListener {

  @Inject DenormalizerInbox inbox;
  @Inject OrderCreatedHandler handler;

  @Override
  public void onMessage(Message message) {
    inbox.receive(message, MessageTypes.ORDER_CREATED, handler::handle);
  }
}

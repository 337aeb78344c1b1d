package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.denormalizer.application.OrderFulfilledHandler;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Takes {@code order.fulfilled} events off the denormalizer's shared durable subscription. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "order.fulfilled"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
      @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
      @ActivationConfigProperty(
          propertyName = "subscriptionName",
          propertyValue = "denormalizer.order.fulfilled")
    })
public class OrderFulfilledConsumer implements MessageListener {

  @Inject DenormalizerInbox inbox;
  @Inject OrderFulfilledHandler handler;

  @Override
  public void onMessage(Message message) {
    inbox.receive(message, MessageTypes.ORDER_FULFILLED, handler::handle);
  }
}

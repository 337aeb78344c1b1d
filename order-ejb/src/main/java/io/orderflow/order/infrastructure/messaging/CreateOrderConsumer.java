package io.orderflow.order.infrastructure.messaging;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.order.application.CreateOrderHandler;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Takes {@code order.create} commands off their queue. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "order.create"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")
    })
public class CreateOrderConsumer implements MessageListener {

  @Inject OrderServiceInbox inbox;
  @Inject CreateOrderHandler handler;

  @Override
  public void onMessage(Message message) {
    inbox.receive(message, MessageTypes.ORDER_CREATE, handler::handle);
  }
}

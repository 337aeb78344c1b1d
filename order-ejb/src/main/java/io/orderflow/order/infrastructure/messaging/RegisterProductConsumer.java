package io.orderflow.order.infrastructure.messaging;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.order.application.RegisterProductHandler;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Takes {@code product.register} commands off their queue. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "product.register"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")
    })
public class RegisterProductConsumer implements MessageListener {

  @Inject OrderServiceInbox inbox;
  @Inject RegisterProductHandler handler;

  @Override
  public void onMessage(Message message) {
    inbox.receive(message, MessageTypes.PRODUCT_REGISTER, handler::handle);
  }
}

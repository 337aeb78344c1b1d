package io.orderflow.order.infrastructure.messaging;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.RegisterProduct;
import io.orderflow.messaging.Inbox;
import io.orderflow.messaging.MessageDrivenConsumer;
import io.orderflow.order.application.RegisterProductHandler;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;

/** Takes {@code product.register} commands off their queue. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "product.register"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true")
    })
public class RegisterProductConsumer extends MessageDrivenConsumer<RegisterProduct>
    implements MessageListener {

  @Inject OrderServiceInbox inbox;
  @Inject RegisterProductHandler handler;

  public RegisterProductConsumer() {
    super(MessageTypes.PRODUCT_REGISTER);
  }

  @Override
  protected Inbox inbox() {
    return inbox;
  }

  @Override
  protected void handle(RegisterProduct payload) {
    handler.handle(payload);
  }
}

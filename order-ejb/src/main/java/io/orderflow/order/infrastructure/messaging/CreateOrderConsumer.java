package io.orderflow.order.infrastructure.messaging;

import io.orderflow.contracts.messages.CreateOrder;
import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.messaging.Inbox;
import io.orderflow.messaging.MessageDrivenConsumer;
import io.orderflow.order.application.CreateOrderHandler;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;

/** Takes {@code order.create} commands off their queue. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "order.create"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true")
    })
public class CreateOrderConsumer extends MessageDrivenConsumer<CreateOrder>
    implements MessageListener {

  @Inject OrderServiceInbox inbox;
  @Inject CreateOrderHandler handler;

  public CreateOrderConsumer() {
    super(MessageTypes.ORDER_CREATE);
  }

  @Override
  protected Inbox inbox() {
    return inbox;
  }

  @Override
  protected void handle(CreateOrder payload) {
    handler.handle(payload);
  }
}

package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.OrderRejected;
import io.orderflow.denormalizer.application.OrderRejectedHandler;
import io.orderflow.messaging.Inbox;
import io.orderflow.messaging.MessageDrivenConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;

/** Takes {@code order.rejected} events off the denormalizer's shared durable subscription. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "order.rejected"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
      @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
      @ActivationConfigProperty(
          propertyName = "subscriptionName",
          propertyValue = "denormalizer.order.rejected"),
      @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true")
    })
public class OrderRejectedConsumer extends MessageDrivenConsumer<OrderRejected>
    implements MessageListener {

  @Inject DenormalizerInbox inbox;
  @Inject OrderRejectedHandler handler;

  public OrderRejectedConsumer() {
    super(MessageTypes.ORDER_REJECTED);
  }

  @Override
  protected Inbox inbox() {
    return inbox;
  }

  @Override
  protected void handle(OrderRejected payload) {
    handler.handle(payload);
  }
}

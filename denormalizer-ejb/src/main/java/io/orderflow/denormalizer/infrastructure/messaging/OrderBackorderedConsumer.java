package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.OrderBackordered;
import io.orderflow.denormalizer.application.OrderBackorderedHandler;
import io.orderflow.messaging.Inbox;
import io.orderflow.messaging.MessageDrivenConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
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
          propertyValue = "denormalizer.order.backordered"),
      @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true")
    })
public class OrderBackorderedConsumer extends MessageDrivenConsumer<OrderBackordered>
    implements MessageListener {

  @Inject DenormalizerInbox inbox;
  @Inject OrderBackorderedHandler handler;

  public OrderBackorderedConsumer() {
    super(MessageTypes.ORDER_BACKORDERED);
  }

  @Override
  protected Inbox inbox() {
    return inbox;
  }

  @Override
  protected void handle(OrderBackordered payload) {
    handler.handle(payload);
  }
}

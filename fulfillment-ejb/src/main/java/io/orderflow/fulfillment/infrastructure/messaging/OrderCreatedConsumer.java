package io.orderflow.fulfillment.infrastructure.messaging;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.OrderCreated;
import io.orderflow.fulfillment.application.OrderCreatedHandler;
import io.orderflow.messaging.Inbox;
import io.orderflow.messaging.MessageDrivenConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;

/** Takes {@code order.created} events off the fulfillment service's shared subscription. */
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
          propertyValue = "fulfillment.order.created"),
      @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true")
    })
public class OrderCreatedConsumer extends MessageDrivenConsumer<OrderCreated>
    implements MessageListener {

  @Inject FulfillmentServiceInbox inbox;
  @Inject OrderCreatedHandler handler;

  public OrderCreatedConsumer() {
    super(MessageTypes.ORDER_CREATED);
  }

  @Override
  protected Inbox inbox() {
    return inbox;
  }

  @Override
  protected void handle(OrderCreated payload) {
    handler.handle(payload);
  }
}

package io.orderflow.fulfillment.infrastructure.messaging;

import io.orderflow.contracts.messages.MessageType;
import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.OrderCreated;
import io.orderflow.fulfillment.application.OrderCreatedHandler;
import io.orderflow.messaging.BatchedConsumer;
import io.orderflow.messaging.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Takes {@code order.created} events off the fulfillment service's shared subscription, many to a
 * transaction ({@link FulfillmentBatches}): one arrives for every order.
 */
@ApplicationScoped
public class OrderCreatedConsumer implements BatchedConsumer<OrderCreated> {

  @Inject FulfillmentServiceInbox inbox;
  @Inject OrderCreatedHandler handler;

  @Override
  public MessageType<OrderCreated> messageType() {
    return MessageTypes.ORDER_CREATED;
  }

  @Override
  public String subscriptionName() {
    return "fulfillment.order.created";
  }

  @Override
  public Inbox inbox() {
    return inbox;
  }

  @Override
  public void handle(OrderCreated payload) {
    handler.handle(payload);
  }
}

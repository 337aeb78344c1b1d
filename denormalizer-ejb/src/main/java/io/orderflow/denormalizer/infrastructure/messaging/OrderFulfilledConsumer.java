package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.contracts.messages.MessageType;
import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.OrderFulfilled;
import io.orderflow.denormalizer.application.OrderFulfilledHandler;
import io.orderflow.messaging.BatchedConsumer;
import io.orderflow.messaging.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Takes {@code order.fulfilled} events off the denormalizer's shared durable subscription, many to
 * a transaction ({@link ViewBatches}): one arrives for every order that ships.
 */
@ApplicationScoped
public class OrderFulfilledConsumer implements BatchedConsumer<OrderFulfilled> {

  @Inject DenormalizerInbox inbox;
  @Inject OrderFulfilledHandler handler;

  @Override
  public MessageType<OrderFulfilled> messageType() {
    return MessageTypes.ORDER_FULFILLED;
  }

  @Override
  public String subscriptionName() {
    return "denormalizer.order.fulfilled";
  }

  @Override
  public Inbox inbox() {
    return inbox;
  }

  @Override
  public void handle(OrderFulfilled payload) {
    handler.handle(payload);
  }
}

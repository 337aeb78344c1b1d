package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.denormalizer.application.OrderFulfilledHandler;
import io.orderflow.messaging.BatchedSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Message;

/**
 * Takes {@code order.fulfilled} events off the denormalizer's shared durable subscription, many to
 * a transaction ({@link ViewBatches}): one arrives for every order that ships.
 */
@ApplicationScoped
public class OrderFulfilledConsumer implements BatchedSubscription {

  @Inject DenormalizerInbox inbox;
  @Inject OrderFulfilledHandler handler;

  @Override
  public String topic() {
    return MessageTypes.ORDER_FULFILLED.name();
  }

  @Override
  public String subscriptionName() {
    return "denormalizer.order.fulfilled";
  }

  @Override
  public void receive(Message message) {
    inbox.receive(message, MessageTypes.ORDER_FULFILLED, handler::handle);
  }
}

package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.denormalizer.application.OrderCreatedHandler;
import io.orderflow.messaging.BatchedSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Message;

/**
 * Takes {@code order.created} events off the denormalizer's shared durable subscription, many to a
 * transaction ({@link ViewBatches}): one arrives for every order.
 */
@ApplicationScoped
public class OrderCreatedConsumer implements BatchedSubscription {

  @Inject DenormalizerInbox inbox;
  @Inject OrderCreatedHandler handler;

  @Override
  public String topic() {
    return MessageTypes.ORDER_CREATED.name();
  }

  @Override
  public String subscriptionName() {
    return "denormalizer.order.created";
  }

  @Override
  public void receive(Message message) {
    inbox.receive(message, MessageTypes.ORDER_CREATED, handler::handle);
  }
}

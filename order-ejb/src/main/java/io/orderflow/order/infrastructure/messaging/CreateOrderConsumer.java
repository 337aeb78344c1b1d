package io.orderflow.order.infrastructure.messaging;

import io.orderflow.contracts.messages.CreateOrder;
import io.orderflow.contracts.messages.MessageType;
import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.messaging.BatchedConsumer;
import io.orderflow.messaging.Inbox;
import io.orderflow.order.application.CreateOrderHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Takes {@code order.create} commands off their queue, many to a transaction ({@link
 * OrderServiceBatches}): one arrives for every order.
 */
@ApplicationScoped
public class CreateOrderConsumer implements BatchedConsumer<CreateOrder> {

  @Inject OrderServiceInbox inbox;
  @Inject CreateOrderHandler handler;

  @Override
  public MessageType<CreateOrder> messageType() {
    return MessageTypes.ORDER_CREATE;
  }

  @Override
  public Inbox inbox() {
    return inbox;
  }

  @Override
  public void handle(CreateOrder payload) {
    handler.handle(payload);
  }
}

package io.orderflow.order.application;

import io.orderflow.contracts.messages.CreateOrder;
import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.OrderCreated;
import io.orderflow.contracts.messages.OrderRejected;
import io.orderflow.contracts.messages.PricedLine;
import io.orderflow.messaging.Outbox;
import io.orderflow.messaging.UnreadableMessageException;
import io.orderflow.order.domain.Catalog;
import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderIntake;
import io.orderflow.order.domain.Orders;
import io.orderflow.order.domain.RequestedLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/** Handles {@code order.create}: accepts or rejects the order and says so in an event. */
@ApplicationScoped
public class CreateOrderHandler {

  private static final Logger LOG = Logger.getLogger(CreateOrderHandler.class.getName());

  @Inject Orders orders;
  @Inject Catalog catalog;
  @Inject Outbox outbox;

  public void handle(CreateOrder command) {
    if (command.orderId() == null) {
      throw new UnreadableMessageException("order.create carries no orderId");
    }
    if (orders.find(command.orderId()).isPresent()) {
      LOG.info(
          () -> "order " + command.orderId() + " exists already; order.create changes nothing");
      return;
    }
    List<RequestedLine> lines =
        command.lines() == null
            ? List.of()
            : command.lines().stream()
                .map(l -> l == null ? null : new RequestedLine(l.sku(), l.quantity()))
                .toList();
    Order order =
        new OrderIntake(catalog)
            .place(command.orderId(), command.customerId(), lines, Instant.now());
    orders.add(order);
    publishDecision(order);
  }

  private void publishDecision(Order order) {
    String group = order.orderId().toString();
    if (order.isRejected()) {
      outbox.publish(
          MessageTypes.ORDER_REJECTED,
          group,
          new OrderRejected(
              order.orderId(), order.customerId(), order.rejectionReason().orElseThrow()));
      return;
    }
    List<PricedLine> priced =
        order.lines().stream()
            .map(l -> new PricedLine(l.sku(), l.name(), l.quantity(), l.unitPrice(), l.lineTotal()))
            .toList();
    outbox.publish(
        MessageTypes.ORDER_CREATED,
        group,
        new OrderCreated(order.orderId(), order.customerId(), priced, order.total()));
  }
}

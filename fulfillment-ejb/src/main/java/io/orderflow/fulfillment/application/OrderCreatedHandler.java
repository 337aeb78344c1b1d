package io.orderflow.fulfillment.application;

import io.orderflow.contracts.messages.OrderCreated;
import io.orderflow.contracts.messages.PricedLine;
import io.orderflow.fulfillment.domain.Backorders;
import io.orderflow.fulfillment.domain.Fulfillment;
import io.orderflow.fulfillment.domain.Inventory;
import io.orderflow.fulfillment.domain.ItemLine;
import io.orderflow.fulfillment.domain.OrderOutcome;
import io.orderflow.fulfillment.domain.Shipments;
import io.orderflow.messaging.UnreadableMessageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/** Handles {@code order.created}: ships the order from stock, or backorders it whole. */
@ApplicationScoped
public class OrderCreatedHandler {

  private static final Logger LOG = Logger.getLogger(OrderCreatedHandler.class.getName());

  @Inject Inventory inventory;
  @Inject Shipments shipments;
  @Inject Backorders backorders;
  @Inject FulfillmentEvents events;

  public void handle(OrderCreated event) {
    if (event.orderId() == null) {
      throw new UnreadableMessageException("order.created carries no orderId");
    }
    OrderOutcome outcome =
        new Fulfillment(inventory, shipments, backorders)
            .fulfill(event.orderId(), linesOf(event), Instant.now());
    if (outcome instanceof OrderOutcome.AlreadyDecided) {
      LOG.info(
          () -> "order " + event.orderId() + " was decided before; order.created changes nothing");
    }
    events.publish(outcome);
  }

  private static List<ItemLine> linesOf(OrderCreated event) {
    if (event.lines() == null || event.lines().isEmpty()) {
      throw new UnreadableMessageException("order.created " + event.orderId() + " has no lines");
    }
    try {
      return event.lines().stream().map(OrderCreatedHandler::lineOf).toList();
    } catch (IllegalArgumentException e) {
      throw new UnreadableMessageException(
          "order.created " + event.orderId() + " has an invalid line: " + e.getMessage(), e);
    }
  }

  private static ItemLine lineOf(PricedLine line) {
    if (line == null) {
      throw new IllegalArgumentException("a line is null");
    }
    return new ItemLine(line.sku(), line.quantity());
  }
}

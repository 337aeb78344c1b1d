package io.orderflow.fulfillment.application;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.OrderBackordered;
import io.orderflow.contracts.messages.OrderFulfilled;
import io.orderflow.contracts.messages.OrderLine;
import io.orderflow.contracts.messages.RestockRejected;
import io.orderflow.contracts.messages.StockChanged;
import io.orderflow.contracts.messages.StockRemoved;
import io.orderflow.contracts.messages.StockRestocked;
import io.orderflow.fulfillment.domain.OrderOutcome;
import io.orderflow.fulfillment.domain.Restock;
import io.orderflow.fulfillment.domain.Shipment;
import io.orderflow.fulfillment.domain.StockLevel;
import io.orderflow.messaging.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Tells the other services what fulfillment decided: order events grouped by order id, stock events
 * by sku. Every stock level carries its own version. A shipped order's {@code order.fulfilled}
 * carries the levels its reservation left; a restock announces each change as a {@code
 * stock.changed}; a restock that added nothing says why in a {@code stock.restock-rejected}, and
 * stock removed is announced by a {@code stock.removed}.
 */
@ApplicationScoped
public class FulfillmentEvents {

  @Inject Outbox outbox;

  public void publish(OrderOutcome outcome) {
    if (outcome instanceof OrderOutcome.Shipped shipped) {
      publishFulfilled(shipped.shipment(), shipped.stockChanges());
    } else if (outcome instanceof OrderOutcome.Backordered backordered) {
      List<OrderLine> missing =
          backordered.shortages().stream().map(s -> new OrderLine(s.sku(), s.missing())).toList();
      outbox.publish(
          MessageTypes.ORDER_BACKORDERED,
          backordered.orderId().toString(),
          new OrderBackordered(backordered.orderId(), missing));
    }
  }

  public void publish(Restock restock) {
    StockLevel level = restock.restocked();
    outbox.publish(
        MessageTypes.STOCK_RESTOCKED,
        level.sku(),
        new StockRestocked(level.sku(), restock.quantity(), level.onHand()));
    publishStockChanges(restock.stockChanges());
    restock.shipments().forEach(shipment -> publishFulfilled(shipment, List.of()));
  }

  /** A restock that added nothing, grouped by its sku like the restocks that did. */
  public void publishRejected(String sku, int quantity, String reason) {
    outbox.publish(
        MessageTypes.STOCK_RESTOCK_REJECTED, sku, new RestockRejected(sku, quantity, reason));
  }

  /** Stock this service no longer keeps, each grouped by its sku. */
  public void publishRemoved(List<StockLevel> removed, String reason) {
    for (StockLevel level : removed) {
      outbox.publish(
          MessageTypes.STOCK_REMOVED,
          level.sku(),
          new StockRemoved(level.sku(), level.onHand(), level.version(), reason));
    }
  }

  private void publishStockChanges(List<StockLevel> changes) {
    for (StockLevel level : changes) {
      outbox.publish(MessageTypes.STOCK_CHANGED, level.sku(), stockChanged(level));
    }
  }

  private void publishFulfilled(Shipment shipment, List<StockLevel> levelsLeft) {
    outbox.publish(
        MessageTypes.ORDER_FULFILLED,
        shipment.orderId().toString(),
        new OrderFulfilled(
            shipment.orderId(),
            shipment.shipmentId(),
            levelsLeft.stream().map(FulfillmentEvents::stockChanged).toList()));
  }

  private static StockChanged stockChanged(StockLevel level) {
    return new StockChanged(level.sku(), level.onHand(), level.reserved(), level.version());
  }
}

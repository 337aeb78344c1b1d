package io.orderflow.denormalizer.application;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.OrderFulfilled;
import io.orderflow.contracts.messages.StockChanged;
import io.orderflow.denormalizer.domain.OrderSummaries;
import io.orderflow.denormalizer.domain.OrderTimeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.UUID;

/**
 * Projects {@code order.fulfilled}: the final status and the shipment, a timeline entry, and the
 * stock levels the reservation left, each as a {@code stock.changed} would show it.
 */
@ApplicationScoped
public class OrderFulfilledHandler {

  @Inject OrderSummaries summaries;
  @Inject OrderTimeline timeline;
  @Inject HandledEvent event;
  @Inject StockChangedHandler stock;

  public void handle(OrderFulfilled fulfilled) {
    String type = MessageTypes.ORDER_FULFILLED.name();
    UUID orderId = Require.present(fulfilled.orderId(), type, "orderId");
    UUID shipmentId = Require.present(fulfilled.shipmentId(), type, "shipmentId");
    summaries.recordFulfilled(orderId, shipmentId, event.occurredAt());
    timeline.record(event.timelineEntry(orderId, "fulfilled, shipment " + shipmentId));
    // Last, and by sku: product rows are what concurrent orders' events wait for, so they are
    // locked for the shortest time and always in the same order (no deadlock between two orders).
    fulfilled.stockLevelsOrNone().stream()
        .sorted(
            Comparator.comparing(
                StockChanged::sku, Comparator.nullsFirst(Comparator.naturalOrder())))
        .forEach(stock::handle);
  }
}

package io.orderflow.denormalizer.application;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.OrderFulfilled;
import io.orderflow.denormalizer.domain.OrderSummaries;
import io.orderflow.denormalizer.domain.OrderTimeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Projects {@code order.fulfilled}: the final status and the shipment, and a timeline entry. */
@ApplicationScoped
public class OrderFulfilledHandler {

  @Inject OrderSummaries summaries;
  @Inject OrderTimeline timeline;
  @Inject HandledEvent event;

  public void handle(OrderFulfilled fulfilled) {
    String type = MessageTypes.ORDER_FULFILLED.name();
    UUID orderId = Require.present(fulfilled.orderId(), type, "orderId");
    UUID shipmentId = Require.present(fulfilled.shipmentId(), type, "shipmentId");
    summaries.recordFulfilled(orderId, shipmentId, event.occurredAt());
    timeline.record(event.timelineEntry(orderId, "fulfilled, shipment " + shipmentId));
  }
}

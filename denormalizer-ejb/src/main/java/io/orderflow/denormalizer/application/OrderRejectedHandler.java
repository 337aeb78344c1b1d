package io.orderflow.denormalizer.application;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.OrderRejected;
import io.orderflow.denormalizer.domain.OrderSummaries;
import io.orderflow.denormalizer.domain.OrderTimeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Projects {@code order.rejected}: the final status and its reason, and a timeline entry. */
@ApplicationScoped
public class OrderRejectedHandler {

  @Inject OrderSummaries summaries;
  @Inject OrderTimeline timeline;
  @Inject HandledEvent event;

  public void handle(OrderRejected rejected) {
    UUID orderId =
        Require.present(rejected.orderId(), MessageTypes.ORDER_REJECTED.name(), "orderId");
    summaries.recordRejected(orderId, rejected.customerId(), rejected.reason(), event.occurredAt());
    timeline.record(event.timelineEntry(orderId, "rejected: " + rejected.reason()));
  }
}

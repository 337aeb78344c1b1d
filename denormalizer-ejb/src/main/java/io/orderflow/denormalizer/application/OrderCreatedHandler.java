package io.orderflow.denormalizer.application;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.OrderCreated;
import io.orderflow.contracts.messages.PricedLine;
import io.orderflow.denormalizer.domain.OrderSummaries;
import io.orderflow.denormalizer.domain.OrderSummaryLine;
import io.orderflow.denormalizer.domain.OrderTimeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Projects {@code order.created}: customer, total and lines into the summary, and a timeline entry.
 */
@ApplicationScoped
public class OrderCreatedHandler {

  @Inject OrderSummaries summaries;
  @Inject OrderTimeline timeline;
  @Inject HandledEvent event;

  public void handle(OrderCreated created) {
    UUID orderId = Require.present(created.orderId(), MessageTypes.ORDER_CREATED.name(), "orderId");
    List<OrderSummaryLine> lines = numbered(created.lines());
    summaries.recordCreated(
        orderId, created.customerId(), created.total(), lines, event.occurredAt());
    timeline.record(
        event.timelineEntry(
            orderId,
            "created for customer "
                + created.customerId()
                + ": "
                + lines.size()
                + " line(s), total "
                + created.total()));
  }

  private static List<OrderSummaryLine> numbered(List<PricedLine> lines) {
    List<OrderSummaryLine> numbered = new ArrayList<>();
    for (PricedLine line : lines == null ? List.<PricedLine>of() : lines) {
      if (line != null) {
        numbered.add(
            OrderSummaryLine.priced(
                numbered.size() + 1,
                line.sku(),
                line.name(),
                line.quantity(),
                line.unitPrice(),
                line.lineTotal()));
      }
    }
    return numbered;
  }
}

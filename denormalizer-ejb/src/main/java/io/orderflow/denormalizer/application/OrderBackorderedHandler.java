package io.orderflow.denormalizer.application;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.OrderBackordered;
import io.orderflow.contracts.messages.OrderLine;
import io.orderflow.denormalizer.domain.MissingLine;
import io.orderflow.denormalizer.domain.OrderSummaries;
import io.orderflow.denormalizer.domain.OrderTimeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Projects {@code order.backordered}: the status and the missing lines, and a timeline entry. */
@ApplicationScoped
public class OrderBackorderedHandler {

  @Inject OrderSummaries summaries;
  @Inject OrderTimeline timeline;
  @Inject HandledEvent event;

  public void handle(OrderBackordered backordered) {
    UUID orderId =
        Require.present(backordered.orderId(), MessageTypes.ORDER_BACKORDERED.name(), "orderId");
    String reason = MissingLine.describe(missing(backordered.missingLines()));
    summaries.recordBackordered(orderId, reason, event.occurredAt());
    timeline.record(event.timelineEntry(orderId, "backordered, " + reason));
  }

  private static List<MissingLine> missing(List<OrderLine> lines) {
    return lines == null
        ? List.of()
        : lines.stream()
            .filter(Objects::nonNull)
            .map(line -> new MissingLine(line.sku(), line.quantity()))
            .toList();
  }
}

package io.orderflow.web.portal;

import io.orderflow.web.views.OrderSummary;
import io.orderflow.web.views.OrderSummaryLine;
import io.orderflow.web.views.OrderTimelineEntry;
import io.orderflow.web.views.OrderViews;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One order with its lines, timeline and shipment, read afresh on every request. */
@Named
@RequestScoped
public class OrderDetail {

  @Inject OrderViews orderViews;

  private String id;
  private Optional<OrderSummary> order;
  private List<OrderSummaryLine> lines;
  private List<OrderTimelineEntry> timeline;

  private Optional<UUID> orderId() {
    try {
      return Optional.ofNullable(id).map(String::strip).map(UUID::fromString);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public OrderSummary getOrder() {
    if (order == null) {
      order = orderId().flatMap(orderViews::find);
    }
    return order.orElse(null);
  }

  public List<OrderSummaryLine> getLines() {
    if (lines == null) {
      lines = orderId().map(orderViews::lines).orElse(List.of());
    }
    return lines;
  }

  public List<OrderTimelineEntry> getTimeline() {
    if (timeline == null) {
      timeline = orderId().map(orderViews::timeline).orElse(List.of());
    }
    return timeline;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}

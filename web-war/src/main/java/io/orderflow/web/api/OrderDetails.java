package io.orderflow.web.api;

import io.orderflow.web.views.OrderSummary;
import io.orderflow.web.views.OrderSummaryLine;
import io.orderflow.web.views.OrderTimelineEntry;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order with its priced lines and everything that happened to it, oldest first. */
@JsonbPropertyOrder({
  "orderId",
  "customerId",
  "status",
  "total",
  "reason",
  "shipmentId",
  "createdAt",
  "rejectedAt",
  "backorderedAt",
  "fulfilledAt",
  "lastEventAt",
  "lines",
  "timeline"
})
public class OrderDetails {

  public UUID orderId;
  public String customerId;
  public String status;
  public BigDecimal total;
  public String reason;
  public UUID shipmentId;
  public Instant createdAt;
  public Instant rejectedAt;
  public Instant backorderedAt;
  public Instant fulfilledAt;
  public Instant lastEventAt;
  public List<Line> lines;
  public List<Event> timeline;

  static OrderDetails of(
      OrderSummary order, List<OrderSummaryLine> lines, List<OrderTimelineEntry> timeline) {
    OrderDetails details = new OrderDetails();
    details.orderId = order.orderId();
    details.customerId = order.customerId();
    details.status = order.status();
    details.total = order.total();
    details.reason = order.reason();
    details.shipmentId = order.shipmentId();
    details.createdAt = order.createdAt();
    details.rejectedAt = order.rejectedAt();
    details.backorderedAt = order.backorderedAt();
    details.fulfilledAt = order.fulfilledAt();
    details.lastEventAt = order.lastEventAt();
    details.lines = lines.stream().map(Line::of).toList();
    details.timeline = timeline.stream().map(Event::of).toList();
    return details;
  }

  /** One priced line. */
  @JsonbPropertyOrder({"lineNo", "sku", "name", "quantity", "unitPrice", "lineTotal"})
  public static class Line {
    public int lineNo;
    public String sku;
    public String name;
    public int quantity;
    public BigDecimal unitPrice;
    public BigDecimal lineTotal;

    static Line of(OrderSummaryLine line) {
      Line view = new Line();
      view.lineNo = line.lineNo();
      view.sku = line.sku();
      view.name = line.name();
      view.quantity = line.quantity();
      view.unitPrice = line.unitPrice();
      view.lineTotal = line.lineTotal();
      return view;
    }
  }

  /** One event of the order's history, with the ids that trace it to its request. */
  @JsonbPropertyOrder({"type", "occurredAt", "detail", "messageId", "correlationId", "causationId"})
  public static class Event {
    public String type;
    public Instant occurredAt;
    public String detail;
    public UUID messageId;
    public UUID correlationId;
    public UUID causationId;

    static Event of(OrderTimelineEntry entry) {
      Event event = new Event();
      event.type = entry.type();
      event.occurredAt = entry.occurredAt();
      event.detail = entry.detail();
      event.messageId = entry.messageId();
      event.correlationId = entry.correlationId();
      event.causationId = entry.causationId();
      return event;
    }
  }
}

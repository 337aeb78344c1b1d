package io.orderflow.web.api;

import io.orderflow.web.views.OrderSummary;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An order as listed: where it stands, without its lines and history. */
@JsonbPropertyOrder({
  "orderId",
  "customerId",
  "status",
  "total",
  "reason",
  "shipmentId",
  "placedAt",
  "lastEventAt"
})
public class OrderOverview {

  public UUID orderId;
  public String customerId;
  public String status;
  public BigDecimal total;
  public String reason;
  public UUID shipmentId;
  public Instant placedAt;
  public Instant lastEventAt;

  static OrderOverview of(OrderSummary order) {
    OrderOverview overview = new OrderOverview();
    overview.orderId = order.orderId();
    overview.customerId = order.customerId();
    overview.status = order.status();
    overview.total = order.total();
    overview.reason = order.reason();
    overview.shipmentId = order.shipmentId();
    overview.placedAt = order.placedAt();
    overview.lastEventAt = order.lastEventAt();
    return overview;
  }
}

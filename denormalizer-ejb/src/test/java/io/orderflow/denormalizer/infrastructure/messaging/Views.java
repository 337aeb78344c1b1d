package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.denormalizer.domain.OrderSummaryLine;
import io.orderflow.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The rows of schema {@code views} as the screens read them, for assertions. */
final class Views {

  /** An order's summary, but for the database times that differ from one run to the next. */
  record OrderSummaryRow(
      String status,
      String customerId,
      BigDecimal total,
      String reason,
      UUID shipmentId,
      Instant createdAt,
      Instant rejectedAt,
      Instant backorderedAt,
      Instant fulfilledAt,
      Instant lastEventAt,
      boolean finalAtSet) {}

  record TimelineRow(
      UUID messageId, String type, Instant occurredAt, UUID correlationId, UUID causationId) {}

  record ProductRow(
      String name,
      BigDecimal unitPrice,
      Integer onHand,
      Integer reserved,
      Integer available,
      Long stockVersion) {}

  record RestockRejectionRow(String sku, int quantity, String reason, UUID correlationId) {}

  private Views() {}

  static Optional<OrderSummaryRow> summaryOf(UUID orderId) {
    return TestDatabase.query("select * from views.order_summary where order_id = ?", orderId)
        .stream()
        .findFirst()
        .map(
            row ->
                new OrderSummaryRow(
                    (String) row.get("status"),
                    (String) row.get("customer_id"),
                    (BigDecimal) row.get("total"),
                    (String) row.get("reason"),
                    (UUID) row.get("shipment_id"),
                    instant(row, "created_at"),
                    instant(row, "rejected_at"),
                    instant(row, "backordered_at"),
                    instant(row, "fulfilled_at"),
                    instant(row, "last_event_at"),
                    row.get("final_at") != null));
  }

  static List<OrderSummaryLine> linesOf(UUID orderId) {
    return TestDatabase.query(
            "select * from views.order_summary_line where order_id = ? order by line_no", orderId)
        .stream()
        .map(
            row ->
                new OrderSummaryLine(
                    (Integer) row.get("line_no"),
                    (String) row.get("sku"),
                    (String) row.get("name"),
                    (Integer) row.get("quantity"),
                    (BigDecimal) row.get("unit_price"),
                    (BigDecimal) row.get("line_total")))
        .toList();
  }

  /** In the order the events happened. */
  static List<TimelineRow> timelineOf(UUID orderId) {
    return TestDatabase.query(
            "select * from views.order_timeline where order_id = ? order by occurred_at", orderId)
        .stream()
        .map(
            row ->
                new TimelineRow(
                    (UUID) row.get("message_id"),
                    (String) row.get("type"),
                    instant(row, "occurred_at"),
                    (UUID) row.get("correlation_id"),
                    (UUID) row.get("causation_id")))
        .toList();
  }

  static Optional<ProductRow> productOf(String sku) {
    return TestDatabase.query("select * from views.product_view where sku = ?", sku).stream()
        .findFirst()
        .map(
            row ->
                new ProductRow(
                    (String) row.get("name"),
                    (BigDecimal) row.get("unit_price"),
                    (Integer) row.get("on_hand"),
                    (Integer) row.get("reserved"),
                    (Integer) row.get("available"),
                    (Long) row.get("stock_version")));
  }

  static List<RestockRejectionRow> rejectionsOf(UUID restockId) {
    return TestDatabase.query(
            "select * from views.restock_rejection where restock_id = ?", restockId)
        .stream()
        .map(
            row ->
                new RestockRejectionRow(
                    (String) row.get("sku"),
                    (Integer) row.get("quantity"),
                    (String) row.get("reason"),
                    (UUID) row.get("correlation_id")))
        .toList();
  }

  /** How many of these message ids the denormalizer's inbox has recorded as handled. */
  static long processed(List<UUID> messageIds) {
    String ids = messageIds.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    return TestDatabase.count(
        "select count(*) from views.processed_message where message_id = any(cast(? as uuid[]))",
        ids);
  }

  private static Instant instant(Map<String, Object> row, String column) {
    Timestamp value = (Timestamp) row.get(column);
    return value == null ? null : value.toInstant();
  }
}

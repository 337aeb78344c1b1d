package io.orderflow.denormalizer.infrastructure.persistence;

import io.orderflow.denormalizer.domain.OrderStatus;
import io.orderflow.denormalizer.domain.OrderSummaries;
import io.orderflow.denormalizer.domain.OrderSummaryLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The order summary as single-statement upserts: PostgreSQL locks the row for the conflict update
 * and merges against its latest committed state, so two events of one order applied concurrently
 * cannot lose each other's changes, and an event about an unknown order creates the row.
 *
 * <p>Every upsert shares the status merge, derived from {@link OrderStatus}: the new status is
 * written only over the statuses it {@linkplain OrderStatus#replaces() replaces}, and reaching a
 * final status stamps {@code final_at} once. Each event then fills its own columns. Each query
 * binds every positional parameter exactly once, in order.
 */
@ApplicationScoped
public class JpaOrderSummaries implements OrderSummaries {

  /** The reason of the latest rejection or backorder wins, whatever order they were applied in. */
  private static final String LATEST_REASON =
      "reason = case when s.reason_at is null or excluded.reason_at > s.reason_at"
          + " then excluded.reason else s.reason end,"
          + " reason_at = greatest(s.reason_at, excluded.reason_at)";

  static final String CREATED =
      upsert(
          OrderStatus.CREATED,
          "customer_id, total, created_at",
          "?3, cast(?4 as numeric), ?5",
          "customer_id = coalesce(excluded.customer_id, s.customer_id),"
              + " total = coalesce(excluded.total, s.total),"
              + " created_at = least(s.created_at, excluded.created_at)");

  static final String REJECTED =
      upsert(
          OrderStatus.REJECTED,
          "customer_id, reason, reason_at, rejected_at",
          "?3, ?4, ?5, ?6",
          // order.created's customer wins over a rejection's, whichever came first
          "customer_id = coalesce(s.customer_id, excluded.customer_id), "
              + LATEST_REASON
              + ", rejected_at = least(s.rejected_at, excluded.rejected_at)");

  static final String BACKORDERED =
      upsert(
          OrderStatus.BACKORDERED,
          "reason, reason_at, backordered_at",
          "?3, ?4, ?5",
          LATEST_REASON + ", backordered_at = least(s.backordered_at, excluded.backordered_at)");

  static final String FULFILLED =
      upsert(
          OrderStatus.FULFILLED,
          "shipment_id, fulfilled_at",
          "cast(?3 as uuid), ?4",
          "shipment_id = excluded.shipment_id,"
              + " fulfilled_at = least(s.fulfilled_at, excluded.fulfilled_at)");

  @PersistenceContext(unitName = "views")
  EntityManager em;

  @Override
  public void recordCreated(
      UUID orderId,
      String customerId,
      BigDecimal total,
      List<OrderSummaryLine> lines,
      Instant occurredAt) {
    execute(CREATED, orderId, at(occurredAt), customerId, total, at(occurredAt));
    if (!lines.isEmpty()) {
      addLines(orderId, lines);
    }
  }

  @Override
  public void recordRejected(UUID orderId, String customerId, String reason, Instant occurredAt) {
    execute(REJECTED, orderId, at(occurredAt), customerId, reason, at(occurredAt), at(occurredAt));
  }

  @Override
  public void recordBackordered(UUID orderId, String reason, Instant occurredAt) {
    execute(BACKORDERED, orderId, at(occurredAt), reason, at(occurredAt), at(occurredAt));
  }

  @Override
  public void recordFulfilled(UUID orderId, UUID shipmentId, Instant occurredAt) {
    execute(FULFILLED, orderId, at(occurredAt), shipmentId, at(occurredAt));
  }

  /** One multi-row insert; order.created comes once per order, so a known line stays as it is. */
  private void addLines(UUID orderId, List<OrderSummaryLine> lines) {
    Object[] values = new Object[lines.size() * 7];
    int i = 0;
    for (OrderSummaryLine line : lines) {
      values[i++] = orderId;
      values[i++] = line.lineNo();
      values[i++] = line.sku();
      values[i++] = line.name();
      values[i++] = line.quantity();
      values[i++] = line.unitPrice();
      values[i++] = line.lineTotal();
    }
    execute(linesInsert(lines.size()), values);
  }

  static String linesInsert(int lineCount) {
    String rows =
        IntStream.range(0, lineCount)
            .mapToObj(
                row -> {
                  int p = row * 7;
                  return "(?%d, ?%d, ?%d, ?%d, ?%d, cast(?%d as numeric), cast(?%d as numeric))"
                      .formatted(p + 1, p + 2, p + 3, p + 4, p + 5, p + 6, p + 7);
                })
            .collect(Collectors.joining(", "));
    return "insert into order_summary_line"
        + " (order_id, line_no, sku, name, quantity, unit_price, line_total) values "
        + rows
        + " on conflict (order_id, line_no) do nothing";
  }

  private void execute(String sql, Object... parameters) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    query.executeUpdate();
  }

  /** JDBC binds an instant as a timestamp; pgjdbc sends it with its offset, so no zone is lost. */
  private static Timestamp at(Instant instant) {
    return Timestamp.from(instant);
  }

  /**
   * The upsert for one event: parameter 1 is the order id, 2 the event's occurredAt; the event's
   * own columns take parameters from 3 on.
   */
  private static String upsert(
      OrderStatus status, String ownColumns, String ownValues, String ownUpdates) {
    return "insert into order_summary as s"
        + " (order_id, status, last_event_at, final_at, updated_at, "
        + ownColumns
        + ") values (?1, '"
        + status.name()
        + "', ?2, "
        + (status.isFinal() ? "clock_timestamp()" : "null")
        + ", clock_timestamp(), "
        + ownValues
        + ") on conflict (order_id) do update set "
        + statusMerge(status)
        + ", "
        + ownUpdates;
  }

  private static String statusMerge(OrderStatus incoming) {
    List<OrderStatus> replaced = incoming.replaces();
    String status =
        replaced.isEmpty()
            ? "status = s.status"
            : "status = case when s.status in ("
                + replaced.stream().map(r -> "'" + r.name() + "'").collect(Collectors.joining(", "))
                + ") then excluded.status else s.status end";
    String finalAt =
        incoming.isFinal() ? ", final_at = coalesce(s.final_at, clock_timestamp())" : "";
    return status
        + finalAt
        + ", last_event_at = greatest(s.last_event_at, excluded.last_event_at),"
        + " updated_at = clock_timestamp()";
  }
}

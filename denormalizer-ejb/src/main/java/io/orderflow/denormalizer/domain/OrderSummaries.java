package io.orderflow.denormalizer.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The order summary view: one row per order, merged from its events whatever their order.
 *
 * <ul>
 *   <li>The status follows {@link OrderStatus#merge}; reaching a final status stamps the database
 *       time once.
 *   <li>Each event fills its own columns whatever the current status, and an event about an unknown
 *       order creates the row.
 *   <li>Each status keeps the earliest time it was reached; the reason is the one carried by the
 *       latest rejection or backorder.
 * </ul>
 *
 * Implementations must not lose an update when two events of one order are applied concurrently.
 */
public interface OrderSummaries {

  void recordCreated(
      UUID orderId,
      String customerId,
      BigDecimal total,
      List<OrderSummaryLine> lines,
      Instant occurredAt);

  void recordRejected(UUID orderId, String customerId, String reason, Instant occurredAt);

  void recordBackordered(UUID orderId, String reason, Instant occurredAt);

  void recordFulfilled(UUID orderId, UUID shipmentId, Instant occurredAt);
}

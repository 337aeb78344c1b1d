package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.contracts.messages.MessageType;
import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.OrderBackordered;
import io.orderflow.contracts.messages.OrderCreated;
import io.orderflow.contracts.messages.OrderFulfilled;
import io.orderflow.contracts.messages.OrderLine;
import io.orderflow.contracts.messages.OrderRejected;
import io.orderflow.contracts.messages.PricedLine;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The events one order's life produces, with the envelopes the order and fulfillment services would
 * give them: one correlation id (the create command's) throughout, each event caused by the one
 * before, and a second between events. Each event keeps its message id, so sending it again is a
 * duplicate.
 */
final class OrderHistory {

  static final BigDecimal UNIT_PRICE = new BigDecimal("7.50");
  static final int QUANTITY = 3;
  static final BigDecimal TOTAL = new BigDecimal("22.50");

  /** One event with its envelope; the body is the payload as JSON. */
  record Event<P>(
      MessageType<P> type,
      P payload,
      UUID orderId,
      UUID messageId,
      UUID correlationId,
      UUID causationId,
      Instant occurredAt) {}

  final UUID orderId = UUID.randomUUID();
  final UUID createCommandId = UUID.randomUUID();
  final UUID shipmentId = UUID.randomUUID();
  final String customerId;
  final String sku;
  // PostgreSQL keeps microseconds: a millisecond instant reads back exactly
  final Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
  final Instant backorderedAt = createdAt.plus(Duration.ofSeconds(1));
  final Instant fulfilledAt = createdAt.plus(Duration.ofSeconds(2));

  private final UUID createdId = UUID.randomUUID();
  private final UUID backorderedId = UUID.randomUUID();
  private final UUID fulfilledId = UUID.randomUUID();
  private final UUID rejectedId = UUID.randomUUID();

  OrderHistory(String customerId) {
    this(customerId, "IT-" + UUID.randomUUID().toString().substring(0, 8));
  }

  OrderHistory(String customerId, String sku) {
    this.customerId = customerId;
    this.sku = sku;
  }

  Event<OrderCreated> created() {
    PricedLine line = new PricedLine(sku, "Integration mug", QUANTITY, UNIT_PRICE, TOTAL);
    return event(
        MessageTypes.ORDER_CREATED,
        new OrderCreated(orderId, customerId, List.of(line), TOTAL),
        createdId,
        createCommandId,
        createdAt);
  }

  Event<OrderBackordered> backordered() {
    return event(
        MessageTypes.ORDER_BACKORDERED,
        new OrderBackordered(orderId, List.of(new OrderLine(sku, QUANTITY))),
        backorderedId,
        createdId,
        backorderedAt);
  }

  Event<OrderFulfilled> fulfilled() {
    return event(
        MessageTypes.ORDER_FULFILLED,
        new OrderFulfilled(orderId, shipmentId, List.of()),
        fulfilledId,
        createdId,
        fulfilledAt);
  }

  Event<OrderRejected> rejected(String reason) {
    return event(
        MessageTypes.ORDER_REJECTED,
        new OrderRejected(orderId, customerId, reason),
        rejectedId,
        createCommandId,
        createdAt);
  }

  /** What the backorder of {@link #backordered()} reads as on the screens. */
  String backorderReason() {
    return "waiting for stock: " + QUANTITY + " x " + sku;
  }

  private <P> Event<P> event(
      MessageType<P> type, P payload, UUID messageId, UUID causationId, Instant occurredAt) {
    return new Event<>(type, payload, orderId, messageId, createCommandId, causationId, occurredAt);
  }
}

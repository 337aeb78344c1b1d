package io.orderflow.order.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An order as the order service decided it: created with priced lines, or rejected with a reason.
 */
@Entity
@Table(name = "customer_order")
public class Order {

  @Id
  @Column(name = "order_id")
  private UUID orderId;

  @Column(name = "customer_id", nullable = false)
  private String customerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OrderStatus status;

  private BigDecimal total;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  @Column(name = "placed_at", nullable = false)
  private Instant placedAt;

  @ElementCollection
  @CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "order_id"))
  @OrderColumn(name = "line_no")
  private List<OrderLine> lines = new ArrayList<>();

  protected Order() {}

  private Order(UUID orderId, String customerId, OrderStatus status, Instant placedAt) {
    this.orderId = orderId;
    this.customerId = customerId;
    this.status = status;
    this.placedAt = placedAt;
  }

  static Order created(UUID orderId, String customerId, List<OrderLine> lines, Instant placedAt) {
    Order order = new Order(orderId, customerId, OrderStatus.CREATED, placedAt);
    order.lines.addAll(lines);
    order.total = lines.stream().map(OrderLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    return order;
  }

  static Order rejected(UUID orderId, String customerId, String reason, Instant placedAt) {
    Order order = new Order(orderId, customerId, OrderStatus.REJECTED, placedAt);
    order.rejectionReason = reason;
    return order;
  }

  public UUID orderId() {
    return orderId;
  }

  public String customerId() {
    return customerId;
  }

  public OrderStatus status() {
    return status;
  }

  public boolean isRejected() {
    return status == OrderStatus.REJECTED;
  }

  public BigDecimal total() {
    return total;
  }

  public Optional<String> rejectionReason() {
    return Optional.ofNullable(rejectionReason);
  }

  public Instant placedAt() {
    return placedAt;
  }

  public List<OrderLine> lines() {
    return List.copyOf(lines);
  }
}

package io.orderflow.fulfillment.domain;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An order that could not be fully reserved when it arrived. It keeps the order's lines, so that a
 * later restock can reserve them all at once, and stays as a record once fulfilled (its shipment
 * has the same order id).
 */
@Entity
@Table(name = "backorder")
public class Backorder {

  @Id
  @Column(name = "order_id")
  private UUID orderId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BackorderStatus status;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  /** Assigned by the database; breaks ties between backorders recorded at the same instant. */
  @Column(name = "seq", insertable = false, updatable = false)
  private Long sequence;

  @Column(name = "fulfilled_at")
  private Instant fulfilledAt;

  @ElementCollection
  @CollectionTable(name = "backorder_line", joinColumns = @JoinColumn(name = "order_id"))
  @OrderColumn(name = "line_no")
  private List<ItemLine> lines = new ArrayList<>();

  protected Backorder() {}

  private Backorder(UUID orderId, List<ItemLine> lines, Instant recordedAt) {
    this.orderId = orderId;
    this.lines.addAll(lines);
    this.recordedAt = recordedAt;
    this.status = BackorderStatus.WAITING;
  }

  static Backorder recorded(UUID orderId, List<ItemLine> lines, Instant recordedAt) {
    return new Backorder(orderId, lines, recordedAt);
  }

  /** Its shipment is found by order id: an order has at most one. */
  void fulfilled(Instant at) {
    if (status != BackorderStatus.WAITING) {
      throw new IllegalStateException("backorder " + orderId + " is " + status + " already");
    }
    this.status = BackorderStatus.FULFILLED;
    this.fulfilledAt = at;
  }

  public UUID orderId() {
    return orderId;
  }

  public BackorderStatus status() {
    return status;
  }

  public boolean isWaiting() {
    return status == BackorderStatus.WAITING;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public Optional<Instant> fulfilledAt() {
    return Optional.ofNullable(fulfilledAt);
  }

  public List<ItemLine> lines() {
    return List.copyOf(lines);
  }
}

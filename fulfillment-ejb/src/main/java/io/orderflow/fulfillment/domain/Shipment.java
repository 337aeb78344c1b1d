package io.orderflow.fulfillment.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The lines reserved for one order, all of them: an order has at most one shipment. */
@Entity
@Table(name = "shipment")
public class Shipment {

  @Id
  @Column(name = "shipment_id")
  private UUID shipmentId;

  @Column(name = "order_id", nullable = false, unique = true)
  private UUID orderId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection
  @CollectionTable(name = "shipment_line", joinColumns = @JoinColumn(name = "shipment_id"))
  @OrderColumn(name = "line_no")
  private List<ItemLine> lines = new ArrayList<>();

  protected Shipment() {}

  private Shipment(UUID orderId, List<ItemLine> lines, Instant createdAt) {
    this.shipmentId = UUID.randomUUID();
    this.orderId = orderId;
    this.lines.addAll(lines);
    this.createdAt = createdAt;
  }

  static Shipment forOrder(UUID orderId, List<ItemLine> lines, Instant createdAt) {
    return new Shipment(orderId, lines, createdAt);
  }

  public UUID shipmentId() {
    return shipmentId;
  }

  public UUID orderId() {
    return orderId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public List<ItemLine> lines() {
    return List.copyOf(lines);
  }
}

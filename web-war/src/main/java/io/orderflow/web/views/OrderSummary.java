package io.orderflow.web.views;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One order as the denormalizer last saw it (table {@code views.order_summary}), read-only. Times
 * are mapped as OffsetDateTime: EclipseLink 4 (JPA 3.1) would serialize an Instant into bytes.
 */
@Entity
@Table(schema = "views", name = "order_summary")
public class OrderSummary {

  @Id
  @Column(name = "order_id")
  private UUID orderId;

  @Column(name = "customer_id")
  private String customerId;

  private String status;
  private BigDecimal total;
  private String reason;

  @Column(name = "shipment_id")
  private String shipmentId;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "rejected_at")
  private OffsetDateTime rejectedAt;

  @Column(name = "backordered_at")
  private OffsetDateTime backorderedAt;

  @Column(name = "fulfilled_at")
  private OffsetDateTime fulfilledAt;

  @Column(name = "final_at")
  private OffsetDateTime finalAt;

  @Column(name = "last_event_at")
  private OffsetDateTime lastEventAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected OrderSummary() {}

  public UUID orderId() {
    return orderId;
  }

  public String customerId() {
    return customerId;
  }

  public String status() {
    return status;
  }

  public BigDecimal total() {
    return total;
  }

  public String reason() {
    return reason;
  }

  public UUID shipmentId() {
    return uuid(shipmentId);
  }

  public Instant createdAt() {
    return instant(createdAt);
  }

  public Instant rejectedAt() {
    return instant(rejectedAt);
  }

  public Instant backorderedAt() {
    return instant(backorderedAt);
  }

  public Instant fulfilledAt() {
    return instant(fulfilledAt);
  }

  public Instant finalAt() {
    return instant(finalAt);
  }

  public Instant lastEventAt() {
    return instant(lastEventAt);
  }

  public Instant updatedAt() {
    return instant(updatedAt);
  }

  /**
   * When the order was placed as far as the view knows: created, else rejected, else first seen.
   */
  public Instant placedAt() {
    return instant(createdAt != null ? createdAt : rejectedAt != null ? rejectedAt : lastEventAt);
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }

  /** Nullable uuid columns are read as text: EclipseLink 4.0's UUID converter fails on null. */
  private static UUID uuid(String value) {
    return value == null ? null : UUID.fromString(value);
  }
}

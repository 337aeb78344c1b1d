package io.orderflow.web.views;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One event that happened to an order (table {@code views.order_timeline}), read-only. */
@Entity
@Table(schema = "views", name = "order_timeline")
public class OrderTimelineEntry {

  @Id
  @Column(name = "message_id")
  private UUID messageId;

  @Column(name = "order_id")
  private UUID orderId;

  private String type;

  @Column(name = "occurred_at")
  private OffsetDateTime occurredAt;

  @Column(name = "correlation_id")
  private String correlationId;

  @Column(name = "causation_id")
  private String causationId;

  private String detail;

  protected OrderTimelineEntry() {}

  public UUID messageId() {
    return messageId;
  }

  public UUID orderId() {
    return orderId;
  }

  public String type() {
    return type;
  }

  public Instant occurredAt() {
    return instant(occurredAt);
  }

  public UUID correlationId() {
    return uuid(correlationId);
  }

  public UUID causationId() {
    return uuid(causationId);
  }

  public String detail() {
    return detail;
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }

  /** Nullable uuid columns are read as text: EclipseLink 4.0's UUID converter fails on null. */
  private static UUID uuid(String value) {
    return value == null ? null : UUID.fromString(value);
  }
}

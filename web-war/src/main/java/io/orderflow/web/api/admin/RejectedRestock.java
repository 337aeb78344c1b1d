package io.orderflow.web.api.admin;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A restock the fulfillment service rejected, and why, as the denormalizer projected it from {@code
 * stock.restock-rejected} (table {@code views.restock_rejection}). Read only; a class with getters,
 * so that JSON-B and OpenAPI both see its fields.
 */
@Entity
@Table(name = "restock_rejection")
@JsonbPropertyOrder({"restockId", "sku", "quantity", "reason", "correlationId", "rejectedAt"})
public class RejectedRestock {

  /** The {@code inventory.restock} command's id. */
  @Id
  @Column(name = "restock_id")
  private UUID restockId;

  private String sku;
  private int quantity;
  private String reason;

  @Column(name = "correlation_id")
  private UUID correlationId;

  /** OffsetDateTime: Payara's EclipseLink does not map Instant. */
  @Column(name = "rejected_at")
  private OffsetDateTime rejectedAt;

  protected RejectedRestock() {}

  public UUID getRestockId() {
    return restockId;
  }

  public String getSku() {
    return sku;
  }

  public int getQuantity() {
    return quantity;
  }

  public String getReason() {
    return reason;
  }

  public UUID getCorrelationId() {
    return correlationId;
  }

  public OffsetDateTime getRejectedAt() {
    return rejectedAt;
  }
}

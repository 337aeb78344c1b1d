package io.orderflow.web.views;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A product with its stock (table {@code views.product_view}), read-only: units on hand (free on
 * the shelf), units reserved for orders, and {@code available} = on hand. Name and price stay empty
 * while stock is known before the product's registration.
 */
@Entity
@Table(schema = "views", name = "product_view")
public class ProductAvailability {

  @Id private String sku;

  private String name;

  @Column(name = "unit_price")
  private BigDecimal unitPrice;

  @Column(name = "on_hand")
  private Integer onHand;

  private Integer reserved;
  private Integer available;

  @Column(name = "stock_version")
  private Long stockVersion;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected ProductAvailability() {}

  public String sku() {
    return sku;
  }

  public String name() {
    return name;
  }

  public BigDecimal unitPrice() {
    return unitPrice;
  }

  public int onHand() {
    return onHand == null ? 0 : onHand;
  }

  public int reserved() {
    return reserved == null ? 0 : reserved;
  }

  public int available() {
    return available == null ? 0 : available;
  }

  public long stockVersion() {
    return stockVersion == null ? 0 : stockVersion;
  }

  public Instant updatedAt() {
    return instant(updatedAt);
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}

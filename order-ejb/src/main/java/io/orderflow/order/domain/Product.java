package io.orderflow.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;

/** A product the order service prices orders from. */
@Entity
@Table(name = "product")
public class Product {

  @Id private String sku;

  @Column(nullable = false)
  private String name;

  @Column(name = "unit_price", nullable = false)
  private BigDecimal unitPrice;

  protected Product() {}

  public Product(String sku, String name, BigDecimal unitPrice) {
    this.sku = requireText(sku, "sku");
    describe(name, unitPrice);
  }

  /** Changes what the catalog says of the product; orders already placed keep their prices. */
  public void describe(String name, BigDecimal unitPrice) {
    this.name = requireText(name, "name");
    Objects.requireNonNull(unitPrice, "unitPrice");
    if (unitPrice.signum() < 0) {
      throw new IllegalArgumentException("unit price must not be negative: " + unitPrice);
    }
    this.unitPrice = unitPrice;
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }

  public String sku() {
    return sku;
  }

  public String name() {
    return name;
  }

  public BigDecimal unitPrice() {
    return unitPrice;
  }
}

package io.orderflow.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A priced line: the product's name and price as they were when the order was placed. */
@Embeddable
public class OrderLine {

  @Column(nullable = false)
  private String sku;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private int quantity;

  @Column(name = "unit_price", nullable = false)
  private BigDecimal unitPrice;

  protected OrderLine() {}

  OrderLine(Product product, int quantity) {
    this.sku = product.sku();
    this.name = product.name();
    this.quantity = quantity;
    this.unitPrice = product.unitPrice();
  }

  public BigDecimal lineTotal() {
    return unitPrice.multiply(BigDecimal.valueOf(quantity));
  }

  public String sku() {
    return sku;
  }

  public String name() {
    return name;
  }

  public int quantity() {
    return quantity;
  }

  public BigDecimal unitPrice() {
    return unitPrice;
  }
}

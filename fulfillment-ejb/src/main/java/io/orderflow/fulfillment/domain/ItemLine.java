package io.orderflow.fulfillment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** So many units of one sku: a line of an order, of a shipment or of a backorder. */
@Embeddable
public class ItemLine {

  @Column(nullable = false)
  private String sku;

  @Column(nullable = false)
  private int quantity;

  protected ItemLine() {}

  public ItemLine(String sku, int quantity) {
    if (sku == null || sku.isBlank()) {
      throw new IllegalArgumentException("a line needs a sku");
    }
    if (quantity <= 0) {
      throw new IllegalArgumentException(
          "quantity of " + sku + " must be above 0, was " + quantity);
    }
    this.sku = sku;
    this.quantity = quantity;
  }

  public String sku() {
    return sku;
  }

  public int quantity() {
    return quantity;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ItemLine line && sku.equals(line.sku) && quantity == line.quantity;
  }

  @Override
  public int hashCode() {
    return Objects.hash(sku, quantity);
  }

  @Override
  public String toString() {
    return quantity + " x " + sku;
  }
}

package io.orderflow.web.api;

import io.orderflow.web.views.ProductAvailability;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;

/**
 * A product with its units on hand (free on the shelf) and reserved for orders. Reserving moves
 * units from on hand to reserved, so {@code available}, the units that can still be ordered, equals
 * on hand.
 */
@JsonbPropertyOrder({"sku", "name", "unitPrice", "onHand", "reserved", "available"})
public class ProductStock {

  public String sku;
  public String name;
  public BigDecimal unitPrice;
  public int onHand;
  public int reserved;
  public int available;

  static ProductStock of(ProductAvailability product) {
    ProductStock stock = new ProductStock();
    stock.sku = product.sku();
    stock.name = product.name();
    stock.unitPrice = product.unitPrice();
    stock.onHand = product.onHand();
    stock.reserved = product.reserved();
    stock.available = product.available();
    return stock;
  }
}

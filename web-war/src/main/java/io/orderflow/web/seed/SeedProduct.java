package io.orderflow.web.seed;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;

/** A product of the bundled catalog, with the stock it starts with. */
public record SeedProduct(String sku, String name, BigDecimal unitPrice, int initialStock) {

  @JsonbCreator
  public SeedProduct(
      @JsonbProperty("sku") String sku,
      @JsonbProperty("name") String name,
      @JsonbProperty("unitPrice") BigDecimal unitPrice,
      @JsonbProperty("initialStock") int initialStock) {
    this.sku = sku;
    this.name = name;
    this.unitPrice = unitPrice;
    this.initialStock = initialStock;
  }
}

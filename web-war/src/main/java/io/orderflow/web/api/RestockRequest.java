package io.orderflow.web.api;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/inventory/{sku}/restock}: how many units arrived. */
public class RestockRequest {

  @NotNull
  @Min(1)
  @Max(100_000)
  @JsonbTypeDeserializer(WholeNumber.class)
  private Integer quantity;

  public RestockRequest() {}

  public RestockRequest(Integer quantity) {
    this.quantity = quantity;
  }

  public Integer getQuantity() {
    return quantity;
  }

  public void setQuantity(Integer quantity) {
    this.quantity = quantity;
  }
}

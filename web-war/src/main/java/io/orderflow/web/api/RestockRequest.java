package io.orderflow.web.api;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Body of {@code POST /api/inventory/{sku}/restock}: how many units arrived, and optionally the
 * client's id for this delivery, so that a client which did not see the answer can send it again
 * without the units counting twice.
 */
public class RestockRequest {

  @NotNull
  @Min(1)
  @Max(100_000)
  @JsonbTypeDeserializer(WholeNumber.class)
  private Integer quantity;

  private UUID restockId;

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

  public UUID getRestockId() {
    return restockId;
  }

  public void setRestockId(UUID restockId) {
    this.restockId = restockId;
  }
}

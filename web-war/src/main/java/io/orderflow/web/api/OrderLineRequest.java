package io.orderflow.web.api;

import io.orderflow.contracts.messages.OrderLine;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One line of an order as the client asks for it. */
public class OrderLineRequest {

  @NotNull
  @Size(max = 64)
  @Pattern(regexp = Skus.PATTERN, message = Skus.PATTERN_MESSAGE)
  @JsonbTypeDeserializer(JsonText.class)
  private String sku;

  @NotNull
  @Min(1)
  @Max(1000)
  @JsonbTypeDeserializer(WholeNumber.class)
  private Integer quantity;

  public OrderLineRequest() {}

  public OrderLineRequest(String sku, Integer quantity) {
    this.sku = sku;
    this.quantity = quantity;
  }

  public String getSku() {
    return sku;
  }

  public void setSku(String sku) {
    this.sku = sku;
  }

  public Integer getQuantity() {
    return quantity;
  }

  public void setQuantity(Integer quantity) {
    this.quantity = quantity;
  }

  OrderLine toOrderLine() {
    return new OrderLine(sku, quantity);
  }
}

package io.orderflow.web.api;

import io.orderflow.contracts.messages.CreateOrder;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * Body of {@code POST /api/orders}. The client may choose the order id, so that posting again after
 * a lost answer places no second order.
 */
public class PlaceOrderRequest {

  private UUID orderId;

  @NotBlank
  @Size(max = 100)
  @Pattern(regexp = "\\P{Cc}*", message = "must not contain control characters")
  @JsonbTypeDeserializer(JsonText.class)
  private String customerId;

  @NotNull
  @Size(min = 1, max = 100)
  private List<@NotNull @Valid OrderLineRequest> lines;

  public PlaceOrderRequest() {}

  public PlaceOrderRequest(UUID orderId, String customerId, List<OrderLineRequest> lines) {
    this.orderId = orderId;
    this.customerId = customerId;
    this.lines = lines;
  }

  public UUID getOrderId() {
    return orderId;
  }

  public void setOrderId(UUID orderId) {
    this.orderId = orderId;
  }

  public String getCustomerId() {
    return customerId;
  }

  public void setCustomerId(String customerId) {
    this.customerId = customerId;
  }

  public List<OrderLineRequest> getLines() {
    return lines;
  }

  public void setLines(List<OrderLineRequest> lines) {
    this.lines = lines;
  }

  /** The command for this request, under the client's order id or a fresh one. */
  CreateOrder toCommand() {
    UUID id = orderId != null ? orderId : UUID.randomUUID();
    return new CreateOrder(
        id, customerId, lines.stream().map(OrderLineRequest::toOrderLine).toList());
  }
}

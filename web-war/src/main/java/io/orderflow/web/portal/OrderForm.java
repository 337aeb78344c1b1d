package io.orderflow.web.portal;

import io.orderflow.contracts.messages.CreateOrder;
import io.orderflow.contracts.messages.OrderLine;
import io.orderflow.web.admission.Admission;
import io.orderflow.web.commands.BrokerUnavailableException;
import io.orderflow.web.commands.CommandSender;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * The place-order dialog of the portal: one product line per order. Placing it sends {@code
 * order.create}; the order list shows the outcome, live, when the services have decided.
 */
@Named
@ViewScoped
public class OrderForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CommandSender commands;
  @Inject Admission admission;
  @Inject Feedback feedback;

  @NotBlank
  @Size(max = 100)
  @Pattern(regexp = "\\P{Cc}*", message = "must not contain control characters")
  private String customerId;

  @NotBlank
  @Size(max = 64)
  private String sku;

  @NotNull
  @Min(1)
  @Max(1000)
  private Integer quantity = 1;

  private UUID lastOrderId;
  private boolean openOnLoad;

  /** Sends nothing while the platform is too far behind (admission control), and says so. */
  public void place() {
    if (!admission.admitsCommand()) {
      feedback.error("order.overloaded", "overloaded.detail", admission.retryAfterSeconds());
      return;
    }
    UUID orderId = UUID.randomUUID();
    try {
      commands.createOrder(
          new CreateOrder(orderId, customerId, List.of(new OrderLine(sku, quantity))));
    } catch (BrokerUnavailableException e) {
      feedback.error("order.brokerUnavailable", "order.brokerUnavailable.detail");
      return;
    }
    lastOrderId = orderId;
    feedback.info("order.processing", "order.processing.detail", orderId);
  }

  public String getCustomerId() {
    return customerId;
  }

  public void setCustomerId(String customerId) {
    this.customerId = customerId;
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

  /** True when the page was opened to place an order (the menu's "Place order"). */
  public boolean isOpenOnLoad() {
    return openOnLoad;
  }

  public void setOpenOnLoad(boolean openOnLoad) {
    this.openOnLoad = openOnLoad;
  }

  public UUID getLastOrderId() {
    return lastOrderId;
  }
}

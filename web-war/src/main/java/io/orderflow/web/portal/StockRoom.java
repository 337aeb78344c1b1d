package io.orderflow.web.portal;

import io.orderflow.web.admission.Admission;
import io.orderflow.web.commands.BrokerUnavailableException;
import io.orderflow.web.commands.CommandSender;
import io.orderflow.web.views.OrderStatistics;
import io.orderflow.web.views.OrderSummary;
import io.orderflow.web.views.ProductAvailability;
import io.orderflow.web.views.ProductViews;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.List;

/**
 * The products page: stock per product, a restock that sends {@code inventory.restock}, and the
 * backordered orders a restock releases, which the page follows live.
 */
@Named
@ViewScoped
public class StockRoom implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int BACKORDERS_SHOWN = 20;

  @Inject CommandSender commands;
  @Inject Admission admission;
  @Inject ProductViews productViews;
  @Inject OrderStatistics statistics;
  @Inject Feedback feedback;

  @NotBlank private String sku;

  @NotNull
  @Min(1)
  @Max(100000)
  private Integer quantity = 10;

  public List<ProductAvailability> getProducts() {
    return productViews.all();
  }

  public List<OrderSummary> getBackorders() {
    return statistics.backorderedRecently(BACKORDERS_SHOWN);
  }

  /** Opens the restock dialog for one product. */
  public void choose(String sku) {
    this.sku = sku;
    this.quantity = 10;
  }

  public void restock() {
    if (!admission.admitsCommand()) {
      feedback.error("restock.overloaded", "overloaded.detail", admission.retryAfterSeconds());
      return;
    }
    try {
      commands.restock(sku, quantity);
    } catch (BrokerUnavailableException e) {
      feedback.error("restock.brokerUnavailable", "order.brokerUnavailable.detail");
      return;
    }
    feedback.info("restock.sent", "restock.sent.detail", quantity, sku);
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
}

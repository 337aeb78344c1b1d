package io.orderflow.web.portal;

import io.orderflow.web.views.ProductAvailability;
import io.orderflow.web.views.ProductViews;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The products to pick from, with their available stock, read once per request. */
@Named
@RequestScoped
public class ProductCatalog {

  @Inject ProductViews productViews;

  private List<ProductAvailability> products;

  public List<ProductAvailability> getProducts() {
    if (products == null) {
      products = productViews.all();
    }
    return products;
  }
}

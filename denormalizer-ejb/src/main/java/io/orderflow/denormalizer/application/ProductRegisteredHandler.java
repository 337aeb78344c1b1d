package io.orderflow.denormalizer.application;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.ProductRegistered;
import io.orderflow.denormalizer.domain.ProductViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Projects {@code product.registered}: the product's name and price. */
@ApplicationScoped
public class ProductRegisteredHandler {

  @Inject ProductViews products;
  @Inject HandledEvent event;

  public void handle(ProductRegistered registered) {
    String sku = Require.present(registered.sku(), MessageTypes.PRODUCT_REGISTERED.name(), "sku");
    products.describe(sku, registered.name(), registered.unitPrice(), event.occurredAt());
  }
}

package io.orderflow.denormalizer.application;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.StockRemoved;
import io.orderflow.denormalizer.domain.ProductViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Projects {@code stock.removed}: the product view shows no stock of the sku any more. */
@ApplicationScoped
public class StockRemovedHandler {

  @Inject ProductViews products;

  public void handle(StockRemoved removed) {
    String sku = Require.present(removed.sku(), MessageTypes.STOCK_REMOVED.name(), "sku");
    products.forgetStock(sku, removed.version());
  }
}

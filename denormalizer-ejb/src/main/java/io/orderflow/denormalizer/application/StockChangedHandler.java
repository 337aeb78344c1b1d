package io.orderflow.denormalizer.application;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.StockChanged;
import io.orderflow.denormalizer.domain.ProductViews;
import io.orderflow.denormalizer.domain.StockLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Projects {@code stock.changed}: the product's stock, unless a newer level is shown already. */
@ApplicationScoped
public class StockChangedHandler {

  @Inject ProductViews products;

  public void handle(StockChanged changed) {
    String sku = Require.present(changed.sku(), MessageTypes.STOCK_CHANGED.name(), "sku");
    products.showStock(
        new StockLevel(sku, changed.onHand(), changed.reserved(), changed.version()));
  }
}

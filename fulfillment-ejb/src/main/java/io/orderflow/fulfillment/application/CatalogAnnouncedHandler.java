package io.orderflow.fulfillment.application;

import io.orderflow.contracts.messages.CatalogAnnounced;
import io.orderflow.fulfillment.domain.Catalog;
import io.orderflow.fulfillment.domain.StockLevel;
import io.orderflow.fulfillment.domain.UnregisteredStock;
import io.orderflow.messaging.UnreadableMessageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Handles {@code catalog.announced}, the whole catalog in one event: learns every sku in it, then,
 * knowing the catalog, removes the stock of skus outside it. Products registered before this
 * service kept a catalog are learned here; stock that restocks created for skus nobody registered,
 * before restocks were checked, is removed here.
 */
@ApplicationScoped
public class CatalogAnnouncedHandler {

  private static final Logger LOG = Logger.getLogger(CatalogAnnouncedHandler.class.getName());

  static final String REMOVED_BECAUSE = "not a registered product: absent from the catalog";

  @Inject Catalog catalog;
  @Inject UnregisteredStock unregisteredStock;
  @Inject FulfillmentEvents events;

  public void handle(CatalogAnnounced announced) {
    List<String> skus = announced.skus();
    if (skus == null || skus.stream().anyMatch(sku -> sku == null || sku.isBlank())) {
      throw new UnreadableMessageException("catalog.announced needs a list of skus, none blank");
    }
    catalog.learn(skus);
    List<StockLevel> removed = unregisteredStock.remove();
    if (!removed.isEmpty()) {
      LOG.info(() -> "removed the stock of skus nobody registered: " + removed);
    }
    events.publishRemoved(removed, REMOVED_BECAUSE);
  }
}

package io.orderflow.order.application;

import io.orderflow.contracts.messages.CatalogAnnounced;
import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.messaging.MessageSender;
import io.orderflow.order.domain.Catalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Announces every sku of the catalog in one {@code catalog.announced}. A service that keeps its own
 * list of registered products may have missed registrations made before it subscribed to {@code
 * product.registered} (the fulfillment service did, before it kept such a list); the whole catalog
 * in one message lets it catch up, and tell which of its skus were never registered.
 */
@ApplicationScoped
public class CatalogAnnouncement {

  /** Announcements keep their order among themselves. */
  static final String GROUP = "catalog";

  @Inject Catalog catalog;
  @Inject MessageSender messages;

  /**
   * @return how many skus it announced
   */
  public int publish() {
    List<String> skus = catalog.skus();
    messages.send(MessageTypes.CATALOG_ANNOUNCED, GROUP, new CatalogAnnounced(skus));
    return skus.size();
  }
}

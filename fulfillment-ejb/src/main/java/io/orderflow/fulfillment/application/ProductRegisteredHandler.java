package io.orderflow.fulfillment.application;

import io.orderflow.contracts.messages.ProductRegistered;
import io.orderflow.fulfillment.domain.Catalog;
import io.orderflow.messaging.UnreadableMessageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Handles {@code product.registered}: from now on this service keeps stock of the sku. */
@ApplicationScoped
public class ProductRegisteredHandler {

  @Inject Catalog catalog;

  public void handle(ProductRegistered event) {
    if (event.sku() == null || event.sku().isBlank()) {
      throw new UnreadableMessageException("product.registered carries no sku");
    }
    catalog.learn(List.of(event.sku()));
  }
}

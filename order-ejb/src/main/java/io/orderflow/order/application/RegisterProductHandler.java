package io.orderflow.order.application;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.ProductRegistered;
import io.orderflow.contracts.messages.RegisterProduct;
import io.orderflow.messaging.Outbox;
import io.orderflow.order.domain.Catalog;
import io.orderflow.order.domain.Product;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Handles {@code product.register}: adds the product to the catalog or updates it. */
@ApplicationScoped
public class RegisterProductHandler {

  @Inject Catalog catalog;
  @Inject Outbox outbox;

  public void handle(RegisterProduct command) {
    Product product =
        catalog
            .find(command.sku())
            .map(
                known -> {
                  known.describe(command.name(), command.unitPrice());
                  return known;
                })
            .orElseGet(
                () -> {
                  Product added = new Product(command.sku(), command.name(), command.unitPrice());
                  catalog.add(added);
                  return added;
                });
    outbox.publish(
        MessageTypes.PRODUCT_REGISTERED,
        product.sku(),
        new ProductRegistered(product.sku(), product.name(), product.unitPrice()));
  }
}

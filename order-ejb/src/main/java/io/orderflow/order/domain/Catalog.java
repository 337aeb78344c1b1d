package io.orderflow.order.domain;

import java.util.Optional;

/** The products the order service knows, by sku. */
public interface Catalog {

  Optional<Product> find(String sku);

  void add(Product product);
}

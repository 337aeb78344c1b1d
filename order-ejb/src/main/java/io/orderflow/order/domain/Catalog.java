package io.orderflow.order.domain;

import java.util.List;
import java.util.Optional;

/** The products the order service knows, by sku. */
public interface Catalog {

  Optional<Product> find(String sku);

  void add(Product product);

  /** Every sku the catalog holds, in sku order. */
  List<String> skus();
}

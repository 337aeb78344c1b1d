package io.orderflow.fulfillment.domain;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** The learned skus in a set. */
class InMemoryCatalog implements Catalog {

  private final Set<String> skus = new TreeSet<>();

  InMemoryCatalog with(String... registered) {
    learn(Set.of(registered));
    return this;
  }

  @Override
  public boolean knows(String sku) {
    return skus.contains(sku);
  }

  @Override
  public void learn(Collection<String> registered) {
    skus.addAll(registered);
  }
}

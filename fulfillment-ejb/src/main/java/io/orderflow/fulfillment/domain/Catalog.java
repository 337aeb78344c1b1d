package io.orderflow.fulfillment.domain;

import java.util.Collection;

/**
 * The skus the catalog registered, as this service has learned them. The order service owns the
 * catalog; fulfillment keeps only which skus exist, so that it holds stock for nothing else.
 */
public interface Catalog {

  boolean knows(String sku);

  /** Adds the skus it does not know yet; a sku it knows already changes nothing. */
  void learn(Collection<String> skus);
}

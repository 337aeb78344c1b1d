package io.orderflow.contracts.messages;

import java.util.List;

/**
 * Event {@code catalog.announced}: every sku the catalog holds, as the order service found it when
 * it started. A service that keeps its own list of registered products learns from it those
 * registered before it subscribed to {@code product.registered}, and can tell which skus it holds
 * that were never registered. One message for the whole catalog, so that a reader knows it has seen
 * all of it.
 */
public record CatalogAnnounced(List<String> skus) {}

package io.orderflow.contracts.messages;

/**
 * Event {@code stock.removed}: the fulfillment service no longer keeps stock of this sku, for the
 * reason given (it is not a registered product). {@code onHand} and {@code version} are the level
 * it had when it was removed; a level of the sku announced later starts again from version 1.
 */
public record StockRemoved(String sku, int onHand, long version, String reason) {}

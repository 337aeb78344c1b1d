package io.orderflow.contracts.messages;

/** Event {@code stock.restocked}: units arrived; {@code onHand} is the level right after. */
public record StockRestocked(String sku, int quantity, int onHand) {}

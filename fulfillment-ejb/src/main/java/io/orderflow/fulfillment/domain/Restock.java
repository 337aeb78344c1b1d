package io.orderflow.fulfillment.domain;

import java.util.List;

/**
 * What a restock did: the level right after the units arrived, the backorders it shipped, and every
 * stock change in the order they happened (the restock first).
 */
public record Restock(
    StockLevel restocked, int quantity, List<Shipment> shipments, List<StockLevel> stockChanges) {}

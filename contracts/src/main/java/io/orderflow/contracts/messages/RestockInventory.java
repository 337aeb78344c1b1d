package io.orderflow.contracts.messages;

/** Command {@code inventory.restock}: this many more units of a sku arrived. */
public record RestockInventory(String sku, int quantity) {}

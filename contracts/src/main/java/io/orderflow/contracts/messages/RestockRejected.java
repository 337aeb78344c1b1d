package io.orderflow.contracts.messages;

/**
 * Event {@code stock.restock-rejected}: an {@code inventory.restock} (the event's cause) added
 * nothing, for the reason given: its sku never became known as a registered product while the
 * restock waited for it.
 */
public record RestockRejected(String sku, int quantity, String reason) {}

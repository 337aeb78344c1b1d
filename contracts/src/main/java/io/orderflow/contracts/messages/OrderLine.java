package io.orderflow.contracts.messages;

/** A line as the customer asked for it. */
public record OrderLine(String sku, int quantity) {}

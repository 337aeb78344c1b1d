package io.orderflow.order.domain;

/** A line as the customer asked for it, before any check. */
public record RequestedLine(String sku, int quantity) {}

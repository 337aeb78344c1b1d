package io.orderflow.fulfillment.domain;

/** How many units of a sku an order needs beyond what is available. */
public record Shortage(String sku, int missing) {}

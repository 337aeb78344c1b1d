package io.orderflow.contracts.messages;

import java.math.BigDecimal;

/** A line priced from the catalog when the order was accepted. */
public record PricedLine(
    String sku, String name, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {}

package io.orderflow.contracts.messages;

import java.math.BigDecimal;

/** Event {@code product.registered}: the catalog now holds this product at this price. */
public record ProductRegistered(String sku, String name, BigDecimal unitPrice) {}

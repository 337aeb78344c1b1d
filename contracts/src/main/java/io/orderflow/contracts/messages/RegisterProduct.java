package io.orderflow.contracts.messages;

import java.math.BigDecimal;

/**
 * Command {@code product.register}: adds a product to the catalog, or changes its name and price.
 */
public record RegisterProduct(String sku, String name, BigDecimal unitPrice) {}

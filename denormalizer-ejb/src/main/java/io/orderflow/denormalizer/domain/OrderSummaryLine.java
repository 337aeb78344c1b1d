package io.orderflow.denormalizer.domain;

import java.math.BigDecimal;

/** A priced line of an order as the summary shows it; {@code lineNo} counts from 1. */
public record OrderSummaryLine(
    int lineNo, String sku, String name, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {

  /** The line total as priced, or the product of price and quantity when the event left it out. */
  public static OrderSummaryLine priced(
      int lineNo,
      String sku,
      String name,
      int quantity,
      BigDecimal unitPrice,
      BigDecimal lineTotal) {
    BigDecimal total =
        lineTotal != null || unitPrice == null
            ? lineTotal
            : unitPrice.multiply(BigDecimal.valueOf(quantity));
    return new OrderSummaryLine(lineNo, sku, name, quantity, unitPrice, total);
  }
}

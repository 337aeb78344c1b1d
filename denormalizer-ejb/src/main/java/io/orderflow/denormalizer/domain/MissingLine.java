package io.orderflow.denormalizer.domain;

import java.util.List;
import java.util.stream.Collectors;

/** How many units of a sku a backordered order still waits for. */
public record MissingLine(String sku, int quantity) {

  /**
   * The backorder reason shown on the screens, e.g. {@code waiting for stock: 2 x A-1, 1 x B-2}.
   */
  public static String describe(List<MissingLine> missing) {
    if (missing == null || missing.isEmpty()) {
      return "waiting for stock";
    }
    return missing.stream()
        .map(line -> line.quantity() + " x " + line.sku())
        .collect(Collectors.joining(", ", "waiting for stock: ", ""));
  }
}

package io.orderflow.bench;

import io.orderflow.bench.OrderflowApi.Product;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Makes sure every order of a run can be fulfilled: restocks what the skus lack before the run and
 * waits until the product view shows it, so the benchmark measures the whole flow to FULFILLED.
 */
final class Stockroom {

  /** The API takes at most this many units in one restock. */
  private static final int MAX_UNITS_PER_RESTOCK = 100_000;

  private static final Duration STOCK_WAIT = Duration.ofSeconds(30);

  /** Time for the releases a restock triggers to reach the product view. */
  private static final Duration SETTLE = Duration.ofSeconds(3);

  private static final int MAX_ROUNDS = 5;

  private final OrderflowApi api;
  private final Consumer<String> log;

  Stockroom(OrderflowApi api, Consumer<String> log) {
    this.api = api;
    this.log = log;
  }

  /**
   * Restocks each sku up to what it needs plus a tenth (at least 100 units) to spare. A restock
   * first releases the orders waiting for that sku, and the product view may show the restocked
   * level before the releases, so it looks again once things have settled and tops up until a look
   * finds enough without restocking.
   */
  void ensurePlentiful(Map<String, Integer> needed) throws IOException, InterruptedException {
    for (int round = 1; round <= MAX_ROUNDS; round++) {
      // each round four times the last: orders waiting for a sku take a restock before the run does
      int restocks = restockWhatIsMissing(needed, available(), 1 << (2 * (round - 1)));
      if (restocks == 0) {
        log.accept("stock: every sku has enough" + (round == 1 ? " already" : ""));
        return;
      }
      log.accept("stock: " + restocks + " restock(s) sent; waiting for the product view");
      awaitAvailable(needed);
      Thread.sleep(SETTLE.toMillis());
    }
    throw new IOException(
        "waiting backorders took the restocked units "
            + MAX_ROUNDS
            + " times over: available "
            + available()
            + ", needed "
            + needed);
  }

  private int restockWhatIsMissing(
      Map<String, Integer> needed, Map<String, Integer> available, int factor)
      throws IOException, InterruptedException {
    int restocks = 0;
    for (Map.Entry<String, Integer> sku : needed.entrySet()) {
      int wanted = sku.getValue() + Math.max(100, sku.getValue() / 10);
      int missing = wanted - available.getOrDefault(sku.getKey(), 0);
      if (missing > 0) {
        missing = (int) Math.min((long) missing * factor, 10L * MAX_UNITS_PER_RESTOCK);
      }
      while (missing > 0) {
        int units = Math.min(missing, MAX_UNITS_PER_RESTOCK);
        restock(sku.getKey(), units);
        missing -= units;
        restocks++;
      }
    }
    return restocks;
  }

  private void restock(String sku, int units) throws IOException, InterruptedException {
    UUID restockId = UUID.randomUUID();
    for (int attempt = 1; ; attempt++) {
      int status;
      try {
        status = api.restock(sku, units, restockId);
      } catch (IOException e) {
        status = 0;
      }
      if (status == 202) {
        return;
      }
      if (attempt == 10) {
        throw new IOException("restock of " + sku + " not accepted (last status " + status + ")");
      }
      Thread.sleep(1_000); // the same restock id again: counted once however often it is sent
    }
  }

  /** Waits until the product view shows enough, or until {@link #STOCK_WAIT} has passed. */
  private void awaitAvailable(Map<String, Integer> needed)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + STOCK_WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      Map<String, Integer> available = available();
      if (needed.entrySet().stream()
          .allMatch(sku -> available.getOrDefault(sku.getKey(), 0) >= sku.getValue())) {
        return;
      }
      Thread.sleep(500);
    }
  }

  private Map<String, Integer> available() throws IOException, InterruptedException {
    List<Product> products = api.products();
    return products.stream().collect(Collectors.toMap(Product::sku, Product::available));
  }
}

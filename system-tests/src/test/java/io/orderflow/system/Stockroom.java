package io.orderflow.system;

import static io.orderflow.system.Platform.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The stock of some skus, as the fulfillment service holds it, for tests that move units. */
final class Stockroom {

  private final List<String> skus;

  Stockroom(List<String> skus) {
    this.skus = List.copyOf(skus);
  }

  /** On hand plus reserved, per sku: only restocks change it. */
  Map<String, Long> totals() {
    Map<String, Long> totals = new HashMap<>();
    for (String sku : skus) {
      totals.put(
          sku,
          number(
              "select coalesce(sum(on_hand + reserved), 0) from fulfillment.stock where sku = ?",
              sku));
    }
    return totals;
  }

  private void assertTotalsGrewBy(Map<String, Long> before, Map<String, Integer> restocked) {
    Map<String, Long> after = totals();
    for (String sku : skus) {
      assertThat(after.get(sku) - before.get(sku))
          .as("on hand + reserved of %s grows by what was restocked", sku)
          .isEqualTo(restocked.getOrDefault(sku, 0).longValue());
    }
  }

  /**
   * Restocks, per sku, all that the waiting backorders need (older ones are served first), each
   * under a restock id of its own; returns what it restocked.
   */
  Map<String, Integer> restockWhatTheBackordersWait() {
    Map<String, Integer> restocked = new HashMap<>();
    for (String sku : skus) {
      int waiting =
          (int)
              number(
                  "select coalesce(sum(l.quantity), 0) from fulfillment.backorder_line l"
                      + " join fulfillment.backorder b on b.order_id = l.order_id"
                      + " where b.status = 'WAITING' and l.sku = ?",
                  sku);
      if (waiting > 0) {
        Platform.api()
            .body("{\"quantity\": %d, \"restockId\": \"%s\"}".formatted(waiting, UUID.randomUUID()))
            .post("/inventory/{sku}/restock", sku)
            .then()
            .statusCode(202);
        restocked.put(sku, waiting);
      }
    }
    return restocked;
  }

  /**
   * Units are never lost or made up: on hand plus reserved grows by exactly what was restocked, and
   * every reserved unit belongs to exactly one shipment line. An accepted restock may still wait in
   * its queue (behind redeliveries after a crash, say) when the orders are all decided, so this
   * waits up to {@code patience} for the restocks to be applied; a unit lost or added twice never
   * adds up.
   */
  void assertAddsUp(Map<String, Long> before, Map<String, Integer> restocked, Duration patience) {
    await("every accepted restock applied")
        .atMost(patience)
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(() -> assertTotalsGrewBy(before, restocked));
    for (String sku : skus) {
      assertThat(number("select reserved from fulfillment.stock where sku = ?", sku))
          .as("reserved units of %s are the units shipped", sku)
          .isEqualTo(
              number(
                  "select coalesce(sum(quantity), 0) from fulfillment.shipment_line where sku = ?",
                  sku));
    }
  }
}

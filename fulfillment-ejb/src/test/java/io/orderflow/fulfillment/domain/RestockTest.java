package io.orderflow.fulfillment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What happens when {@code inventory.restock} arrives. */
class RestockTest {

  private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

  private final InMemoryInventory inventory = new InMemoryInventory();
  private final InMemoryShipments shipments = new InMemoryShipments();
  private final InMemoryBackorders backorders = new InMemoryBackorders();
  private final Fulfillment fulfillment = new Fulfillment(inventory, shipments, backorders);

  @Test
  void adds_to_on_hand_and_reports_the_level_right_after() {
    inventory.with("A", 2);

    Restock restock = fulfillment.restock("A", 5, T0);

    assertThat(restock.restocked()).isEqualTo(new StockLevel("A", 7, 0, 2));
    assertThat(restock.quantity()).isEqualTo(5);
    assertThat(restock.stockChanges()).containsExactly(restock.restocked());
    assertThat(restock.shipments()).isEmpty();
  }

  @Test
  void creates_the_stock_of_a_sku_never_seen() {
    Restock restock = fulfillment.restock("NEW", 4, T0);

    assertThat(restock.restocked()).isEqualTo(new StockLevel("NEW", 4, 0, 1));
  }

  @Test
  void serves_the_oldest_backorder_first() {
    UUID older = backordered(T0, new ItemLine("A", 3));
    UUID younger = backordered(T0.plusSeconds(1), new ItemLine("A", 3));

    Restock restock = fulfillment.restock("A", 4, T0.plusSeconds(2));

    assertThat(restock.shipments()).extracting(Shipment::orderId).containsExactly(older);
    assertThat(backorders.find(younger).orElseThrow().isWaiting()).isTrue();
    assertThat(inventory.stock("A").level()).isEqualTo(new StockLevel("A", 1, 3, 2));
  }

  @Test
  void backorders_recorded_at_the_same_instant_are_served_in_the_order_recorded() {
    UUID first = backordered(T0, new ItemLine("A", 1));
    UUID second = backordered(T0, new ItemLine("A", 1));

    Restock restock = fulfillment.restock("A", 2, T0.plusSeconds(1));

    assertThat(restock.shipments()).extracting(Shipment::orderId).containsExactly(first, second);
  }

  @Test
  void a_backorder_that_cannot_be_served_does_not_block_a_younger_one() {
    UUID olderNeedsB = backordered(T0, new ItemLine("A", 1), new ItemLine("B", 1));
    UUID younger = backordered(T0.plusSeconds(1), new ItemLine("A", 2));

    Restock restock = fulfillment.restock("A", 5, T0.plusSeconds(2));

    assertThat(restock.shipments()).extracting(Shipment::orderId).containsExactly(younger);
    assertThat(backorders.find(olderNeedsB).orElseThrow().isWaiting()).isTrue();
  }

  @Test
  void a_backorder_stays_waiting_until_every_line_can_be_served_whole() {
    UUID orderId = backordered(T0, new ItemLine("A", 5));

    Restock partial = fulfillment.restock("A", 3, T0.plusSeconds(1));

    assertThat(partial.shipments()).isEmpty();
    assertThat(inventory.stock("A").reserved()).isZero();

    Restock enough = fulfillment.restock("A", 2, T0.plusSeconds(2));

    assertThat(enough.shipments()).extracting(Shipment::orderId).containsExactly(orderId);
    assertThat(inventory.stock("A").level()).isEqualTo(new StockLevel("A", 0, 5, 3));
  }

  @Test
  void a_served_backorder_is_kept_as_fulfilled_with_its_shipment() {
    UUID orderId = backordered(T0, new ItemLine("A", 1), new ItemLine("B", 2));
    inventory.with("B", 2);

    Restock restock = fulfillment.restock("A", 1, T0.plusSeconds(5));

    Shipment shipment = restock.shipments().get(0);
    assertThat(shipment.lines()).containsExactly(new ItemLine("A", 1), new ItemLine("B", 2));
    Backorder backorder = backorders.find(orderId).orElseThrow();
    assertThat(backorder.status()).isEqualTo(BackorderStatus.FULFILLED);
    assertThat(backorder.fulfilledAt()).contains(T0.plusSeconds(5));
    assertThat(shipments.forOrder(orderId)).contains(shipment);
  }

  @Test
  void reports_every_stock_change_in_order_each_with_the_next_version() {
    backordered(T0, new ItemLine("A", 1));
    backordered(T0.plusSeconds(1), new ItemLine("A", 2), new ItemLine("B", 1));
    inventory.with("B", 1);

    Restock restock = fulfillment.restock("A", 3, T0.plusSeconds(2));

    assertThat(restock.stockChanges())
        .containsExactly(
            new StockLevel("A", 3, 0, 1),
            new StockLevel("A", 2, 1, 2),
            new StockLevel("A", 0, 3, 3),
            new StockLevel("B", 0, 1, 2));
  }

  @Test
  void a_fulfilled_backorder_is_not_served_again() {
    backordered(T0, new ItemLine("A", 1));
    fulfillment.restock("A", 1, T0.plusSeconds(1));

    Restock again = fulfillment.restock("A", 5, T0.plusSeconds(2));

    assertThat(again.shipments()).isEmpty();
    assertThat(inventory.stock("A").reserved()).isEqualTo(1);
  }

  @Test
  void on_hand_plus_reserved_is_all_ever_restocked_and_reserved_is_all_ever_shipped() {
    inventory.with("A", 4).with("B", 1); // seeded: 5 units
    int restocked = 0;
    for (int i = 0; i < 30; i++) {
      Instant now = T0.plusSeconds(i);
      String sku = i % 3 == 0 ? "B" : "A";
      fulfillment.fulfill(
          UUID.randomUUID(), List.of(new ItemLine(sku, 1 + i % 4), new ItemLine("A", 1)), now);
      if (i % 5 == 4) {
        fulfillment.restock(sku, 3, now);
        restocked += 3;
      }
    }

    int onHand = inventory.stock("A").onHand() + inventory.stock("B").onHand();
    int reserved = inventory.stock("A").reserved() + inventory.stock("B").reserved();
    int shipped =
        shipments.all().stream()
            .flatMap(s -> s.lines().stream())
            .mapToInt(ItemLine::quantity)
            .sum();
    assertThat(onHand + reserved).isEqualTo(5 + restocked);
    assertThat(reserved).isEqualTo(shipped);
    assertThat(inventory.stock("A").onHand()).isNotNegative();
    assertThat(inventory.stock("B").onHand()).isNotNegative();
  }

  private UUID backordered(Instant at, ItemLine... lines) {
    UUID orderId = UUID.randomUUID();
    OrderOutcome outcome = fulfillment.fulfill(orderId, List.of(lines), at);
    assertThat(outcome).isInstanceOf(OrderOutcome.Backordered.class);
    return orderId;
  }
}

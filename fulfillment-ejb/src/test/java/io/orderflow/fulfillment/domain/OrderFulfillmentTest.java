package io.orderflow.fulfillment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What happens when {@code order.created} arrives. */
class OrderFulfillmentTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  private final InMemoryInventory inventory = new InMemoryInventory();
  private final InMemoryShipments shipments = new InMemoryShipments();
  private final InMemoryBackorders backorders = new InMemoryBackorders();
  private final Fulfillment fulfillment = new Fulfillment(inventory, shipments, backorders);

  @Test
  void ships_an_order_whose_lines_are_all_available() {
    inventory.with("A", 5).with("B", 3);
    UUID orderId = UUID.randomUUID();
    List<ItemLine> lines = List.of(new ItemLine("A", 2), new ItemLine("B", 3));

    OrderOutcome outcome = fulfillment.fulfill(orderId, lines, NOW);

    assertThat(outcome).isInstanceOf(OrderOutcome.Shipped.class);
    OrderOutcome.Shipped shipped = (OrderOutcome.Shipped) outcome;
    assertThat(shipped.shipment().orderId()).isEqualTo(orderId);
    assertThat(shipped.shipment().shipmentId()).isNotNull();
    assertThat(shipped.shipment().lines()).isEqualTo(lines);
    assertThat(shipments.forOrder(orderId)).contains(shipped.shipment());
    assertThat(shipped.stockChanges())
        .containsExactly(new StockLevel("A", 3, 2, 2), new StockLevel("B", 0, 3, 2));
  }

  @Test
  void backorders_the_whole_order_and_reserves_nothing_when_one_line_is_short() {
    inventory.with("A", 5).with("B", 1);
    UUID orderId = UUID.randomUUID();

    OrderOutcome outcome =
        fulfillment.fulfill(orderId, List.of(new ItemLine("A", 2), new ItemLine("B", 3)), NOW);

    assertThat(outcome).isEqualTo(new OrderOutcome.Backordered(orderId, List.of(shortage("B", 2))));
    assertThat(inventory.stock("A").reserved()).isZero();
    assertThat(inventory.stock("B").reserved()).isZero();
    assertThat(shipments.forOrder(orderId)).isEmpty();
    Backorder backorder = backorders.find(orderId).orElseThrow();
    assertThat(backorder.isWaiting()).isTrue();
    assertThat(backorder.recordedAt()).isEqualTo(NOW);
    assertThat(backorder.lines()).containsExactly(new ItemLine("A", 2), new ItemLine("B", 3));
  }

  @Test
  void an_order_for_a_sku_never_stocked_is_backordered_in_full() {
    UUID orderId = UUID.randomUUID();

    OrderOutcome outcome = fulfillment.fulfill(orderId, List.of(new ItemLine("NEW", 4)), NOW);

    assertThat(outcome)
        .isEqualTo(new OrderOutcome.Backordered(orderId, List.of(shortage("NEW", 4))));
  }

  @Test
  void an_order_already_shipped_changes_nothing() {
    inventory.with("A", 5);
    UUID orderId = UUID.randomUUID();
    fulfillment.fulfill(orderId, List.of(new ItemLine("A", 2)), NOW);

    OrderOutcome again = fulfillment.fulfill(orderId, List.of(new ItemLine("A", 2)), NOW);

    assertThat(again).isEqualTo(new OrderOutcome.AlreadyDecided(orderId));
    assertThat(inventory.stock("A").reserved()).isEqualTo(2);
    assertThat(shipments.all()).hasSize(1);
  }

  @Test
  void an_order_already_backordered_changes_nothing_even_when_stock_arrived_since() {
    UUID orderId = UUID.randomUUID();
    fulfillment.fulfill(orderId, List.of(new ItemLine("A", 2)), NOW);
    inventory.with("A", 5);

    OrderOutcome again = fulfillment.fulfill(orderId, List.of(new ItemLine("A", 2)), NOW);

    assertThat(again).isEqualTo(new OrderOutcome.AlreadyDecided(orderId));
    assertThat(inventory.stock("A").reserved()).isZero();
    assertThat(shipments.all()).isEmpty();
  }

  @Test
  void a_new_order_the_stock_can_serve_is_shipped_even_while_an_older_backorder_waits() {
    inventory.with("A", 3);
    UUID older = UUID.randomUUID();
    fulfillment.fulfill(older, List.of(new ItemLine("A", 10)), NOW);

    OrderOutcome outcome =
        fulfillment.fulfill(UUID.randomUUID(), List.of(new ItemLine("A", 3)), NOW.plusSeconds(1));

    assertThat(outcome).isInstanceOf(OrderOutcome.Shipped.class);
    assertThat(backorders.find(older).orElseThrow().isWaiting()).isTrue();
  }

  private static Shortage shortage(String sku, int missing) {
    return new Shortage(sku, missing);
  }
}

package io.orderflow.fulfillment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllocationTest {

  private final InMemoryInventory inventory = new InMemoryInventory();

  @Test
  void fulfills_when_every_line_is_available() {
    inventory.with("A", 5).with("B", 2);
    Allocation allocation = Allocation.of(List.of(new ItemLine("A", 5), new ItemLine("B", 1)));
    Map<String, Stock> stock = inventory.lock(allocation.skus());

    assertThat(allocation.canBeServedFrom(stock)).isTrue();
    assertThat(allocation.reserveFrom(stock))
        .containsExactly(new StockLevel("A", 0, 5, 2), new StockLevel("B", 1, 1, 2));
  }

  @Test
  void backorders_all_when_one_line_is_short_and_reports_exactly_the_missing_quantities() {
    inventory.with("A", 5).with("B", 2);
    Allocation allocation = Allocation.of(List.of(new ItemLine("A", 1), new ItemLine("B", 7)));
    Map<String, Stock> stock = inventory.lock(allocation.skus());

    assertThat(allocation.shortagesIn(stock)).containsExactly(new Shortage("B", 5));
    assertThatThrownBy(() -> allocation.reserveFrom(stock))
        .isInstanceOf(IllegalStateException.class);
    assertThat(inventory.stock("A").reserved()).isZero();
    assertThat(inventory.stock("B").reserved()).isZero();
  }

  @Test
  void the_same_sku_on_two_lines_adds_up() {
    inventory.with("A", 5);
    Allocation allocation = Allocation.of(List.of(new ItemLine("A", 3), new ItemLine("A", 3)));
    Map<String, Stock> stock = inventory.lock(allocation.skus());

    assertThat(allocation.skus()).containsExactly("A");
    assertThat(allocation.shortagesIn(stock)).containsExactly(new Shortage("A", 1));
  }

  @Test
  void the_same_sku_on_two_lines_is_reserved_in_one_change() {
    inventory.with("A", 6);
    Allocation allocation = Allocation.of(List.of(new ItemLine("A", 3), new ItemLine("A", 3)));

    assertThat(allocation.reserveFrom(inventory.lock(allocation.skus())))
        .containsExactly(new StockLevel("A", 0, 6, 2));
  }

  @Test
  void a_sku_never_stocked_is_missing_in_full() {
    Allocation allocation = Allocation.of(List.of(new ItemLine("NEW", 4)));

    assertThat(allocation.shortagesIn(Map.of())).containsExactly(new Shortage("NEW", 4));
  }

  @Test
  void counts_what_is_reserved_already_as_unavailable() {
    inventory.with("A", 5);
    inventory.stock("A").reserve(4);
    Allocation allocation = Allocation.of(List.of(new ItemLine("A", 2)));

    assertThat(allocation.shortagesIn(inventory.lock(allocation.skus())))
        .containsExactly(new Shortage("A", 1));
  }

  @Test
  void skus_come_in_order_so_locks_are_taken_in_order() {
    Allocation allocation =
        Allocation.of(List.of(new ItemLine("C", 1), new ItemLine("A", 1), new ItemLine("B", 1)));

    assertThat(allocation.skus()).containsExactly("A", "B", "C");
  }

  @Test
  void needs_at_least_one_line() {
    assertThatThrownBy(() -> Allocation.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}

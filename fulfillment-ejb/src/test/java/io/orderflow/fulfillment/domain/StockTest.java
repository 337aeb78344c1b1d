package io.orderflow.fulfillment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StockTest {

  @Test
  void a_sku_never_stocked_has_nothing_on_hand() {
    Stock stock = new Stock("SKU-1");

    assertThat(stock.level()).isEqualTo(new StockLevel("SKU-1", 0, 0, 0));
  }

  @Test
  void a_restock_adds_to_on_hand() {
    Stock stock = new Stock("SKU-1");

    stock.restock(5);
    StockLevel level = stock.restock(3);

    assertThat(level.onHand()).isEqualTo(8);
    assertThat(level.available()).isEqualTo(8);
  }

  @Test
  void reserving_moves_units_from_on_hand_to_reserved() {
    Stock stock = new Stock("SKU-1");
    stock.restock(10);

    StockLevel level = stock.reserve(4);

    assertThat(level.onHand()).isEqualTo(6);
    assertThat(level.reserved()).isEqualTo(4);
    assertThat(level.available()).isEqualTo(6);
    assertThat(level.onHand() + level.reserved()).isEqualTo(10);
  }

  @Test
  void a_restock_after_reserving_adds_to_on_hand_and_leaves_reserved_as_it_is() {
    Stock stock = new Stock("SKU-1");
    stock.restock(5);
    stock.reserve(5);

    StockLevel level = stock.restock(3);

    assertThat(level).isEqualTo(new StockLevel("SKU-1", 3, 5, 3));
    assertThat(level.available()).isEqualTo(3);
  }

  @Test
  void every_change_raises_the_version_by_one() {
    Stock stock = new Stock("SKU-1");

    assertThat(stock.restock(10).version()).isEqualTo(1);
    assertThat(stock.reserve(2).version()).isEqualTo(2);
    assertThat(stock.reserve(3).version()).isEqualTo(3);
    assertThat(stock.restock(1).version()).isEqualTo(4);
  }

  @Test
  void never_reserves_more_than_is_available() {
    Stock stock = new Stock("SKU-1");
    stock.restock(3);
    stock.reserve(2);

    assertThatThrownBy(() -> stock.reserve(2)).isInstanceOf(IllegalStateException.class);
    assertThat(stock.level()).isEqualTo(new StockLevel("SKU-1", 1, 2, 2));
  }

  @Test
  void refuses_a_quantity_that_is_not_above_zero() {
    Stock stock = new Stock("SKU-1");

    assertThatThrownBy(() -> stock.restock(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> stock.reserve(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(stock.version()).isZero();
  }
}

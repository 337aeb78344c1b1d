package io.orderflow.denormalizer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StockLevelTest {

  private final StockLevel level = new StockLevel("A-1", 10, 3, 7);

  @Test
  void the_first_level_of_a_sku_is_shown() {
    assertThat(level.isNewerThan(null)).isTrue();
  }

  @Test
  void a_higher_version_replaces_the_level_shown() {
    assertThat(level.isNewerThan(6L)).isTrue();
  }

  @Test
  void a_repeated_version_changes_nothing() {
    assertThat(level.isNewerThan(7L)).isFalse();
  }

  @Test
  void a_stale_level_changes_nothing() {
    assertThat(level.isNewerThan(8L)).isFalse();
  }

  @Test
  void available_stock_is_all_on_hand_since_reserved_units_have_left_it() {
    assertThat(level.available()).isEqualTo(10);
  }
}

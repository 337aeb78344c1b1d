package io.orderflow.denormalizer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OrderSummaryLineTest {

  @Test
  void a_line_keeps_the_total_it_was_priced_with() {
    OrderSummaryLine line =
        OrderSummaryLine.priced(
            1, "A-1", "Anvil", 3, new BigDecimal("2.50"), new BigDecimal("7.49"));
    assertThat(line.lineTotal()).isEqualByComparingTo("7.49");
  }

  @Test
  void a_line_without_a_total_is_priced_from_quantity_and_unit_price() {
    OrderSummaryLine line =
        OrderSummaryLine.priced(2, "A-1", "Anvil", 3, new BigDecimal("2.50"), null);
    assertThat(line.lineTotal()).isEqualByComparingTo("7.50");
  }
}

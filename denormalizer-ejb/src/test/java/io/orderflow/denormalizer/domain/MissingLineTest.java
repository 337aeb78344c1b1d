package io.orderflow.denormalizer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MissingLineTest {

  @Test
  void a_backorder_reason_names_each_missing_quantity() {
    assertThat(MissingLine.describe(List.of(new MissingLine("A-1", 2), new MissingLine("B-2", 1))))
        .isEqualTo("waiting for stock: 2 x A-1, 1 x B-2");
  }

  @Test
  void a_backorder_without_lines_still_says_what_it_waits_for() {
    assertThat(MissingLine.describe(List.of())).isEqualTo("waiting for stock");
    assertThat(MissingLine.describe(null)).isEqualTo("waiting for stock");
  }
}

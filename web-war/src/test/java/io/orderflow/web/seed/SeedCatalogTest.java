package io.orderflow.web.seed;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedCatalogTest {

  private static List<SeedProduct> read(String json) {
    return SeedCatalog.read(new ByteArrayInputStream(json.getBytes(UTF_8)));
  }

  @Test
  void the_bundled_catalog_has_at_least_six_products() {
    assertThat(SeedCatalog.bundled()).hasSizeGreaterThanOrEqualTo(6);
  }

  @Test
  void the_bundled_catalog_stocks_some_products_so_little_that_orders_backorder() {
    assertThat(SeedCatalog.bundled()).anySatisfy(p -> assertThat(p.initialStock()).isBetween(1, 5));
  }

  @Test
  void reads_sku_name_price_and_initial_stock() {
    assertThat(read("[{\"sku\":\"MUG\",\"name\":\"Mug\",\"unitPrice\":12.50,\"initialStock\":5}]"))
        .containsExactly(new SeedProduct("MUG", "Mug", new BigDecimal("12.50"), 5));
  }

  @Test
  void refuses_a_sku_listed_twice() {
    String product = "{\"sku\":\"MUG\",\"name\":\"Mug\",\"unitPrice\":1,\"initialStock\":5}";
    assertThatThrownBy(() -> read("[" + product + "," + product + "]"))
        .hasMessageContaining("twice");
  }

  @Test
  void refuses_a_product_without_price() {
    assertThatThrownBy(() -> read("[{\"sku\":\"MUG\",\"name\":\"Mug\",\"initialStock\":5}]"))
        .hasMessageContaining("price");
  }

  @Test
  void refuses_a_malformed_sku() {
    assertThatThrownBy(
            () -> read("[{\"sku\":\"M G\",\"name\":\"Mug\",\"unitPrice\":1,\"initialStock\":5}]"))
        .hasMessageContaining("sku");
  }
}

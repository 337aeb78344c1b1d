package io.orderflow.order.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderIntakeTest {

  private final InMemoryCatalog catalog = new InMemoryCatalog();
  private final OrderIntake intake = new OrderIntake(catalog);
  private final UUID orderId = UUID.randomUUID();
  private final Instant now = Instant.parse("2026-11-27T10:00:00Z");

  OrderIntakeTest() {
    catalog.add(new Product("MUG", "Coffee mug", new BigDecimal("7.50")));
    catalog.add(new Product("TEE", "T-shirt", new BigDecimal("19.00")));
  }

  @Test
  void accepts_known_skus_and_prices_each_line_from_the_catalog() {
    Order order =
        intake.place(
            orderId, "c-1", List.of(new RequestedLine("MUG", 2), new RequestedLine("TEE", 1)), now);

    assertThat(order.status()).isEqualTo(OrderStatus.CREATED);
    assertThat(order.lines())
        .extracting(OrderLine::sku, OrderLine::quantity, OrderLine::lineTotal)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("MUG", 2, new BigDecimal("15.00")),
            org.assertj.core.groups.Tuple.tuple("TEE", 1, new BigDecimal("19.00")));
    assertThat(order.total()).isEqualByComparingTo("34.00");
    assertThat(order.rejectionReason()).isEmpty();
  }

  @Test
  void rejects_an_unknown_sku_and_names_it() {
    Order order = intake.place(orderId, "c-1", List.of(new RequestedLine("NOPE", 1)), now);

    assertThat(order.isRejected()).isTrue();
    assertThat(order.rejectionReason()).hasValue("unknown sku NOPE");
  }

  @Test
  void rejects_quantities_outside_one_to_a_thousand() {
    assertThat(reasonFor(new RequestedLine("MUG", 0))).contains("between 1 and 1000, was 0");
    assertThat(reasonFor(new RequestedLine("MUG", -3))).contains("was -3");
    assertThat(reasonFor(new RequestedLine("MUG", 1001))).contains("was 1001");
  }

  @Test
  void accepts_the_bounds_of_the_quantity_range() {
    assertThat(intake.place(orderId, "c", List.of(new RequestedLine("MUG", 1)), now).isRejected())
        .isFalse();
    assertThat(
            intake.place(orderId, "c", List.of(new RequestedLine("MUG", 1000)), now).isRejected())
        .isFalse();
  }

  @Test
  void rejects_an_order_without_lines_or_customer() {
    Order order = intake.place(orderId, " ", List.of(), now);

    assertThat(order.rejectionReason())
        .hasValue("the customer id is missing; an order needs at least one line");
  }

  @Test
  void keeps_every_reason_when_several_lines_are_wrong() {
    Order order =
        intake.place(
            orderId,
            "c-1",
            List.of(new RequestedLine("NOPE", 1), new RequestedLine("MUG", 0)),
            now);

    assertThat(order.rejectionReason().orElseThrow())
        .contains("unknown sku NOPE")
        .contains("quantity of MUG must be between 1 and 1000, was 0");
  }

  private String reasonFor(RequestedLine line) {
    return intake.place(orderId, "c-1", List.of(line), now).rejectionReason().orElse("");
  }

  private static final class InMemoryCatalog implements Catalog {
    private final Map<String, Product> products = new HashMap<>();

    @Override
    public Optional<Product> find(String sku) {
      return Optional.ofNullable(products.get(sku));
    }

    @Override
    public void add(Product product) {
      products.put(product.sku(), product);
    }

    @Override
    public List<String> skus() {
      return products.keySet().stream().sorted().toList();
    }
  }
}

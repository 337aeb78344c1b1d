package io.orderflow.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class PlaceOrderRequestValidationTest {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  private static PlaceOrderRequest order(String customerId, OrderLineRequest... lines) {
    return new PlaceOrderRequest(null, customerId, Arrays.asList(lines));
  }

  private static List<String> invalidFields(Object request) {
    return VALIDATOR.validate(request).stream().map(ViolationFields::fieldOf).sorted().toList();
  }

  @Test
  void accepts_a_customer_with_one_line() {
    assertThat(invalidFields(order("c-42", new OrderLineRequest("BOOK-DDD", 2)))).isEmpty();
  }

  @Test
  void requires_a_customer_id() {
    assertThat(invalidFields(order(null, new OrderLineRequest("BOOK-DDD", 1))))
        .containsExactly("customerId");
    assertThat(invalidFields(order("   ", new OrderLineRequest("BOOK-DDD", 1))))
        .containsExactly("customerId");
  }

  @Test
  void rejects_a_customer_id_longer_than_100_characters() {
    assertThat(invalidFields(order("c".repeat(101), new OrderLineRequest("BOOK-DDD", 1))))
        .containsExactly("customerId");
    assertThat(invalidFields(order("c".repeat(100), new OrderLineRequest("BOOK-DDD", 1))))
        .isEmpty();
  }

  @Test
  void rejects_control_characters_in_the_customer_id() {
    assertThat(invalidFields(order("c-42\n", new OrderLineRequest("BOOK-DDD", 1))))
        .containsExactly("customerId");
    assertThat(invalidFields(order("c\u0000", new OrderLineRequest("BOOK-DDD", 1))))
        .containsExactly("customerId");
  }

  @Test
  void requires_at_least_one_line() {
    assertThat(invalidFields(new PlaceOrderRequest(null, "c-42", null))).containsExactly("lines");
    assertThat(invalidFields(new PlaceOrderRequest(null, "c-42", List.of())))
        .containsExactly("lines");
  }

  @Test
  void accepts_at_most_100_lines() {
    List<OrderLineRequest> lines = new ArrayList<>();
    IntStream.range(0, 101).forEach(i -> lines.add(new OrderLineRequest("SKU-" + i, 1)));
    assertThat(invalidFields(new PlaceOrderRequest(null, "c-42", lines))).containsExactly("lines");
    lines.remove(100);
    assertThat(invalidFields(new PlaceOrderRequest(null, "c-42", lines))).isEmpty();
  }

  @Test
  void names_a_missing_line_by_its_index() {
    List<OrderLineRequest> lines = new ArrayList<>(Collections.singletonList(null));
    assertThat(invalidFields(new PlaceOrderRequest(null, "c-42", lines)))
        .containsExactly("lines[0]");
  }

  @Test
  void requires_a_sku_of_letters_digits_dots_underscores_and_dashes() {
    assertThat(invalidFields(order("c-42", new OrderLineRequest("BOOK_DDD.v2-x", 1)))).isEmpty();
    assertThat(invalidFields(order("c-42", new OrderLineRequest(null, 1))))
        .containsExactly("lines[0].sku");
    assertThat(invalidFields(order("c-42", new OrderLineRequest("BOOK DDD", 1))))
        .containsExactly("lines[0].sku");
    assertThat(invalidFields(order("c-42", new OrderLineRequest("", 1))))
        .containsExactly("lines[0].sku");
    assertThat(invalidFields(order("c-42", new OrderLineRequest("S".repeat(65), 1))))
        .containsExactly("lines[0].sku");
  }

  @Test
  void accepts_quantities_from_1_to_1000() {
    assertThat(invalidFields(order("c-42", new OrderLineRequest("A", 1)))).isEmpty();
    assertThat(invalidFields(order("c-42", new OrderLineRequest("A", 1000)))).isEmpty();
  }

  @Test
  void names_the_line_whose_quantity_is_out_of_range() {
    assertThat(
            invalidFields(
                order("c-42", new OrderLineRequest("A", 1), new OrderLineRequest("B", 0))))
        .containsExactly("lines[1].quantity");
    assertThat(invalidFields(order("c-42", new OrderLineRequest("A", 1001))))
        .containsExactly("lines[0].quantity");
    assertThat(invalidFields(order("c-42", new OrderLineRequest("A", null))))
        .containsExactly("lines[0].quantity");
  }

  @Test
  void a_restock_brings_1_to_100000_units() {
    assertThat(invalidFields(new RestockRequest(1))).isEmpty();
    assertThat(invalidFields(new RestockRequest(100_000))).isEmpty();
    assertThat(invalidFields(new RestockRequest(0))).containsExactly("quantity");
    assertThat(invalidFields(new RestockRequest(100_001))).containsExactly("quantity");
    assertThat(invalidFields(new RestockRequest(null))).containsExactly("quantity");
  }
}

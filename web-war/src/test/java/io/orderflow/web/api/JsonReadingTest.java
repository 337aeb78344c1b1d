package io.orderflow.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** How request bodies are read and problems written with JSON-B, as the server does. */
class JsonReadingTest {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @AfterAll
  static void close() throws Exception {
    JSONB.close();
  }

  private static PlaceOrderRequest read(String json) {
    return JSONB.fromJson(json, PlaceOrderRequest.class);
  }

  @Test
  void reads_an_order_with_its_lines_and_optional_id() {
    UUID id = UUID.randomUUID();
    PlaceOrderRequest request =
        read(
            "{\"orderId\":\""
                + id
                + "\",\"customerId\":\"c-42\",\"lines\":[{\"sku\":\"A\",\"quantity\":3}]}");
    assertThat(request.getOrderId()).isEqualTo(id);
    assertThat(request.toCommand().orderId()).isEqualTo(id);
    assertThat(request.toCommand().lines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.sku()).isEqualTo("A");
              assertThat(l.quantity()).isEqualTo(3);
            });
  }

  @Test
  void an_order_without_id_gets_a_fresh_one() {
    PlaceOrderRequest request =
        read("{\"customerId\":\"c-42\",\"lines\":[{\"sku\":\"A\",\"quantity\":3}]}");
    assertThat(request.toCommand().orderId()).isNotNull();
  }

  @Test
  void refuses_a_number_where_text_belongs() {
    assertThatThrownBy(() -> read("{\"customerId\":42,\"lines\":[{\"sku\":\"A\",\"quantity\":1}]}"))
        .isInstanceOf(JsonbException.class);
    assertThatThrownBy(() -> read("{\"customerId\":\"c\",\"lines\":[{\"sku\":7,\"quantity\":1}]}"))
        .isInstanceOf(JsonbException.class);
  }

  @Test
  void ignores_unknown_fields() {
    PlaceOrderRequest request =
        read(
            "{\"customerId\":\"c-42\",\"coupon\":\"X\","
                + "\"lines\":[{\"sku\":\"A\",\"quantity\":3,\"gift\":true}]}");
    assertThat(request.getLines()).hasSize(1);
  }

  @Test
  void rejects_a_fractional_quantity() {
    assertThatThrownBy(() -> read("{\"lines\":[{\"sku\":\"A\",\"quantity\":1.5}]}"))
        .isInstanceOf(JsonbException.class);
  }

  @Test
  void rejects_a_quantity_that_is_not_a_number() {
    assertThatThrownBy(() -> read("{\"lines\":[{\"sku\":\"A\",\"quantity\":\"abc\"}]}"))
        .isInstanceOf(JsonbException.class);
  }

  @Test
  void rejects_a_quantity_in_quotes_or_too_large_for_an_int() {
    assertThatThrownBy(() -> read("{\"lines\":[{\"sku\":\"A\",\"quantity\":\"7\"}]}"))
        .isInstanceOf(JsonbException.class);
    assertThatThrownBy(() -> read("{\"lines\":[{\"sku\":\"A\",\"quantity\":3000000000}]}"))
        .isInstanceOf(JsonbException.class);
  }

  @Test
  void leaves_a_null_quantity_to_validation() {
    assertThat(
            read("{\"lines\":[{\"sku\":\"A\",\"quantity\":null}]}").getLines().get(0).getQuantity())
        .isNull();
  }

  @Test
  void reads_a_restock() {
    assertThat(JSONB.fromJson("{\"quantity\":40}", RestockRequest.class).getQuantity())
        .isEqualTo(40);
    assertThatThrownBy(() -> JSONB.fromJson("{\"quantity\":4.5}", RestockRequest.class))
        .isInstanceOf(JsonbException.class);
  }

  @Test
  void rejects_a_malformed_order_id() {
    assertThatThrownBy(() -> read("{\"orderId\":\"not-a-uuid\"}"))
        .isInstanceOf(JsonbException.class);
  }

  @Test
  void rejects_a_body_that_is_not_json() {
    assertThatThrownBy(() -> read("{\"customerId\": ")).isInstanceOf(JsonbException.class);
  }

  @Test
  void writes_a_problem_in_rfc_9457_order_without_empty_members() {
    Problem problem =
        new Problem(
                Problem.INVALID_REQUEST,
                "The request is invalid",
                400,
                "One value is invalid: see violations",
                URI.create("/api/orders"))
            .withViolations(List.of(new Violation("lines[0].quantity", "must be at least 1")));
    assertThat(JSONB.toJson(problem))
        .isEqualTo(
            "{\"type\":\"urn:orderflow:problem:invalid-request\",\"title\":\"The request is"
                + " invalid\",\"status\":400,\"detail\":\"One value is invalid: see violations\","
                + "\"instance\":\"/api/orders\",\"violations\":[{\"field\":\"lines[0].quantity\","
                + "\"message\":\"must be at least 1\"}]}");
    assertThat(JSONB.toJson(new Problem(Problem.ABOUT_BLANK, "Not Found", 404, null, null)))
        .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}");
  }

  @Test
  void writes_the_accepted_answer() {
    UUID id = UUID.fromString("8d0c7f4e-2a51-4c3f-9a51-0b4b8f5e6c01");
    assertThat(JSONB.toJson(Accepted.order(id)))
        .isEqualTo(
            "{\"orderId\":\"8d0c7f4e-2a51-4c3f-9a51-0b4b8f5e6c01\",\"status\":\"ACCEPTED\","
                + "\"message\":\"We're processing your order\"}");
  }

  @Test
  void a_json_failure_wrapped_by_jax_rs_is_an_unreadable_request() {
    assertThat(
            UnreadableRequestMapper.isUnreadableJson(
                new jakarta.ws.rs.ProcessingException("x", new JsonbException("bad"))))
        .isTrue();
    assertThat(
            UnreadableRequestMapper.isUnreadableJson(
                new jakarta.ws.rs.ProcessingException("x", new IllegalStateException())))
        .isFalse();
  }
}

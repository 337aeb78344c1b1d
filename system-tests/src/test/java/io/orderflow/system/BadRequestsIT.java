package io.orderflow.system;

import static io.orderflow.system.Platform.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invalid requests get a 400 with problem details naming the field, and send no command; a restock
 * of a sku no product has gets a 404.
 */
class BadRequestsIT {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"customerId\": \"\", \"lines\": [{\"sku\": \"BOOK-DDD\", \"quantity\": 1}]} | customerId",
        "{\"customerId\": \"c\", \"lines\": []} | lines",
        "{\"customerId\": \"c\", \"lines\": [{\"sku\": \"BOOK-DDD\", \"quantity\": 0}]} | lines[0].quantity",
        "{\"customerId\": \"c\", \"lines\": [{\"sku\": \"BOOK-DDD\", \"quantity\": -2}]} | lines[0].quantity",
        "{\"customerId\": \"c\", \"lines\": [{\"sku\": \"BOOK-DDD\", \"quantity\": 1001}]} | lines[0].quantity",
        "{\"customerId\": \"c\", \"lines\": [{\"sku\": \"\", \"quantity\": 1}]} | lines[0].sku",
        "{\"lines\": [{\"sku\": \"BOOK-DDD\", \"quantity\": 1}]} | customerId",
      })
  void an_invalid_order_is_refused_with_the_field_named(String body, String field) {
    api()
        .body(body)
        .post("/orders")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(400))
        .body("violations.field", hasItem(field));
  }

  @Test
  void malformed_json_is_a_400_problem_not_a_server_error() {
    api()
        .body("{\"customerId\": \"c\", \"lines\": [")
        .post("/orders")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"));
  }

  @Test
  void an_invalid_order_sends_no_command() {
    UUID orderId = UUID.randomUUID();
    api()
        .body(OrderFlowIT.orderJson(orderId, "c", "BOOK-DDD", 0))
        .post("/orders")
        .then()
        .statusCode(400);

    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(5))
        .until(() -> api().get("/orders/{id}", orderId).statusCode() == 404);
    assertThat(
            Platform.number(
                "select count(*) from orders.customer_order where order_id = ?", orderId))
        .isZero();
  }

  @Test
  void an_unknown_order_is_a_404_problem() {
    api()
        .get("/orders/{id}", UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"));
  }

  @Test
  void a_restock_of_a_sku_no_product_has_is_a_404_problem_and_sends_nothing() {
    String sku = "NO-SUCH-" + UUID.randomUUID().toString().substring(0, 8);

    api()
        .body("{\"quantity\": 5, \"restockId\": \"%s\"}".formatted(UUID.randomUUID()))
        .post("/inventory/{sku}/restock", sku)
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(404))
        .body("detail", equalTo("No product with sku " + sku + " is registered; nothing was sent"));

    // a restock sent for it would fail its first delivery at once, waiting for a registration
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                Platform.number(
                        "select count(*) from views.message_failure where exception_message like ?",
                        "%" + sku + "%")
                    == 0);
    assertThat(Platform.number("select count(*) from fulfillment.stock where sku = ?", sku))
        .isZero();
  }

  @Test
  void an_invalid_restock_of_a_sku_no_product_has_is_still_a_400() {
    api()
        .body("{\"quantity\": 0}")
        .post("/inventory/{sku}/restock", "NO-SUCH-SKU")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("violations.field", hasItem("quantity"));
  }

  @Test
  void a_restock_of_nothing_is_refused() {
    api()
        .body("{\"quantity\": 0}")
        .post("/inventory/{sku}/restock", "BOOK-DDD")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"));
  }
}

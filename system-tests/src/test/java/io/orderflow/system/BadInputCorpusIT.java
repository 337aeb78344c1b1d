package io.orderflow.system;

import static io.orderflow.system.Platform.api;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What integrators send by mistake, or on purpose: every request here gets a 4xx with problem
 * details, never a 5xx. (Unknown fields alone are tolerated by design, so they appear only beside a
 * real error.)
 */
class BadInputCorpusIT {

  private static final String JSON = "application/json";
  private static final String VALID_LINE = "{\"sku\": \"BOOK-DDD\", \"quantity\": 1}";

  static Stream<Arguments> badOrders() {
    return Stream.of(
        // malformed JSON
        bad("empty body", JSON, ""),
        bad("a lone brace", JSON, "{"),
        bad("an array", JSON, "[]"),
        bad("a bare string", JSON, "\"order\""),
        bad("a missing value", JSON, "{\"customerId\": , \"lines\": []}"),
        bad("a trailing comma", JSON, "{\"customerId\": \"c\", \"lines\": [" + VALID_LINE + "],}"),
        bad("single quotes", JSON, "{'customerId': 'c'}"),
        bad("truncated", JSON, "{\"customerId\": \"c\", \"lines\": [{\"sku\": \"BOOK"),
        // wrong types
        order("customer id as a number", "42", "[" + VALID_LINE + "]"),
        order("customer id as an object", "{}", "[" + VALID_LINE + "]"),
        order("lines as an object", "\"c\"", VALID_LINE),
        order("lines as a string", "\"c\"", "\"BOOK-DDD\""),
        order("quantity as text", "\"c\"", "[{\"sku\": \"BOOK-DDD\", \"quantity\": \"abc\"}]"),
        order("quantity with a fraction", "\"c\"", "[{\"sku\": \"BOOK-DDD\", \"quantity\": 1.5}]"),
        order("quantity as a boolean", "\"c\"", "[{\"sku\": \"BOOK-DDD\", \"quantity\": true}]"),
        order("sku as a number", "\"c\"", "[{\"sku\": 7, \"quantity\": 1}]"),
        bad("order id not a UUID", JSON, withOrderId("\"not-a-uuid\"")),
        bad("order id as a number", JSON, withOrderId("123")),
        // missing and null
        bad("an empty object", JSON, "{}"),
        order("null customer id", "null", "[" + VALID_LINE + "]"),
        order("null lines", "\"c\"", "null"),
        order("a null line", "\"c\"", "[null]"),
        order("a line without sku", "\"c\"", "[{\"quantity\": 1}]"),
        order("a line without quantity", "\"c\"", "[{\"sku\": \"BOOK-DDD\"}]"),
        order("no lines", "\"c\"", "[]"),
        // quantities
        order("zero", "\"c\"", "[{\"sku\": \"BOOK-DDD\", \"quantity\": 0}]"),
        order("negative", "\"c\"", "[{\"sku\": \"BOOK-DDD\", \"quantity\": -1}]"),
        order("above a thousand", "\"c\"", "[{\"sku\": \"BOOK-DDD\", \"quantity\": 1001}]"),
        order("beyond an int", "\"c\"", "[{\"sku\": \"BOOK-DDD\", \"quantity\": 2147483648}]"),
        order("in exponent form", "\"c\"", "[{\"sku\": \"BOOK-DDD\", \"quantity\": 1e10}]"),
        // strings
        order("a 100 kB customer id", "\"" + "x".repeat(100_000) + "\"", "[" + VALID_LINE + "]"),
        order(
            "a 100 kB sku",
            "\"c\"",
            "[{\"sku\": \"" + "S".repeat(100_000) + "\", \"quantity\": 1}]"),
        order("control characters", "\"c\\u0000\\u0007\"", "[" + VALID_LINE + "]"),
        order("a blank customer id", "\"   \"", "[" + VALID_LINE + "]"),
        order("unicode in a sku", "\"c\"", "[{\"sku\": \"BÜCHER-\u2603\", \"quantity\": 1}]"),
        order(
            "SQL in a sku", "\"c\"", "[{\"sku\": \"x'; drop table orders;--\", \"quantity\": 1}]"),
        order(
            "script in a sku",
            "\"c\"",
            "[{\"sku\": \"<script>alert(1)</script>\", \"quantity\": 1}]"),
        order("too many lines", "\"c\"", "[" + (VALID_LINE + ",").repeat(100) + VALID_LINE + "]"),
        order("an unknown field beside a bad one", "\"c\"", "[]", ", \"priority\": \"high\""),
        // the envelope of the request
        bad("text instead of JSON", "text/plain", "customerId=c"),
        bad("XML instead of JSON", "application/xml", "<order/>"),
        bad("form-encoded", "application/x-www-form-urlencoded", "customerId=c&sku=BOOK-DDD"),
        bad("a very large body", JSON, "{\"customerId\": \"" + "y".repeat(3_000_000) + "\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badOrders")
  void a_bad_order_gets_a_4xx_problem_never_a_5xx(String name, String contentType, String body) {
    api()
        .contentType(contentType)
        .body(body)
        .post("/orders")
        .then()
        .statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)))
        .contentType(startsWith("application/problem+json"));
  }

  private static Arguments bad(String name, String contentType, String body) {
    return Arguments.of(name, contentType, body);
  }

  private static Arguments order(String name, String customerId, String lines) {
    return order(name, customerId, lines, "");
  }

  private static Arguments order(String name, String customerId, String lines, String extra) {
    return bad(
        name, JSON, "{\"customerId\": " + customerId + ", \"lines\": " + lines + extra + "}");
  }

  private static String withOrderId(String orderId) {
    return "{\"orderId\": " + orderId + ", \"customerId\": \"c\", \"lines\": [" + VALID_LINE + "]}";
  }
}

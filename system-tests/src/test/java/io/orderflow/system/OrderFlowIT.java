package io.orderflow.system;

import static io.orderflow.system.Platform.api;
import static io.orderflow.system.Platform.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole flow on the platform as {@code ./orderflow start} runs it: 300 orders over HTTP, some
 * of which must wait for stock, then a restock that releases them. Every accepted order must reach
 * its final status in the views, each service must hold exactly one effect per order, and stock
 * must add up.
 */
class OrderFlowIT {

  private static final int ORDERS = 300;
  private static final List<String> PLENTIFUL = List.of("BOOK-DDD", "MUG-ORANGE", "STICKER-PACK");
  private static final List<String> SCARCE = List.of("KEYBOARD-65", "LAMP-DESK");
  private static final Duration VIEWS_CATCH_UP = Duration.ofSeconds(90);

  @BeforeAll
  static void catalogIsSeeded() {
    await("the seeded catalog in the product view")
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> skusInProductView().containsAll(allSkus()));
  }

  @Test
  void every_accepted_order_reaches_its_final_status_with_one_effect_per_service()
      throws Exception {
    takeWhatIsOnHandOf(SCARCE);
    Stockroom stockroom = new Stockroom(allSkus());
    Map<String, Long> stockBefore = stockroom.totals();
    Map<UUID, PlacedOrder> placed = placeOrders();
    assertThat(placed).hasSize(ORDERS);

    Map<UUID, String> statuses = awaitStatuses(placed.keySet(), "FULFILLED", "BACKORDERED");
    assertThat(statuses.values())
        .as("scarce skus cannot serve every order")
        .contains("BACKORDERED");

    Map<String, Integer> restocked = stockroom.restockWhatTheBackordersWait();
    awaitStatuses(placed.keySet(), "FULFILLED");

    assertOneEffectPerServiceFor(placed.keySet());
    stockroom.assertAddsUp(stockBefore, restocked, Duration.ofSeconds(30));
  }

  @Test
  void an_order_carries_one_correlation_id_through_every_service() {
    UUID orderId = UUID.randomUUID();
    api()
        .body(orderJson(orderId, "trace-customer", "BOOK-DDD", 1))
        .post("/orders")
        .then()
        .statusCode(202);

    Response order = awaitDecided(orderId);

    List<String> correlations = order.path("timeline.correlationId");
    List<String> types = order.path("timeline.type");
    assertThat(types).hasSize(2).contains("order.created");
    assertThat(correlations).hasSize(2).allMatch(id -> id.equals(correlations.get(0)));
  }

  @Test
  void posting_the_same_order_id_again_creates_no_second_order() {
    UUID orderId = UUID.randomUUID();
    String body = orderJson(orderId, "retrying-customer", "MUG-ORANGE", 1);
    api().body(body).post("/orders").then().statusCode(202);
    api().body(body).post("/orders").then().statusCode(202);

    awaitDecided(orderId);
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                number("select count(*) from fulfillment.shipment where order_id = ?", orderId)
                        + number(
                            "select count(*) from fulfillment.backorder where order_id = ?",
                            orderId)
                    == 1);
    assertThat(number("select count(*) from orders.customer_order where order_id = ?", orderId))
        .isOne();
  }

  private Map<UUID, PlacedOrder> placeOrders() throws Exception {
    Random random = new Random(42);
    List<PlacedOrder> orders = new ArrayList<>();
    for (int i = 0; i < ORDERS; i++) {
      List<String> skus = i % 3 == 0 ? SCARCE : PLENTIFUL;
      String sku = skus.get(random.nextInt(skus.size()));
      orders.add(
          new PlacedOrder(UUID.randomUUID(), "system-" + (i % 12), sku, 1 + random.nextInt(3)));
    }
    Map<UUID, PlacedOrder> accepted = new ConcurrentHashMap<>();
    ExecutorService clients = Executors.newFixedThreadPool(16);
    try {
      List<Future<?>> posts = new ArrayList<>();
      for (PlacedOrder order : orders) {
        posts.add(
            clients.submit(
                () -> {
                  api()
                      .body(
                          orderJson(
                              order.orderId(), order.customerId(), order.sku(), order.quantity()))
                      .post("/orders")
                      .then()
                      .statusCode(202)
                      .header(
                          "Location",
                          org.hamcrest.Matchers.endsWith("/api/orders/" + order.orderId()));
                  accepted.put(order.orderId(), order);
                }));
      }
      for (Future<?> post : posts) {
        post.get();
      }
    } finally {
      clients.shutdown();
    }
    return accepted;
  }

  private static Map<UUID, String> awaitStatuses(
      java.util.Collection<UUID> orderIds, String... finalStatuses) {
    Map<UUID, String> statuses = new ConcurrentHashMap<>();
    List<String> expected = List.of(finalStatuses);
    await("every order " + expected + " in the views")
        .atMost(VIEWS_CATCH_UP)
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              for (UUID orderId : orderIds) {
                if (expected.contains(statuses.getOrDefault(orderId, ""))) {
                  continue;
                }
                Response response = api().get("/orders/{id}", orderId);
                if (response.statusCode() == 200) {
                  statuses.put(orderId, response.path("status"));
                }
              }
              return orderIds.stream()
                  .allMatch(id -> expected.contains(statuses.getOrDefault(id, "")));
            });
    return statuses;
  }

  /** Fulfilled, or waiting for stock: the outcome depends on what earlier runs left in stock. */
  /**
   * Orders all that is on hand of the given skus, so that this run's orders for them must wait
   * whatever stock earlier runs left in the database (restocks of the fault suite or the bench).
   */
  private static void takeWhatIsOnHandOf(List<String> skus) {
    List<UUID> takers = new ArrayList<>();
    for (String sku : skus) {
      long onHand = number("select on_hand from fulfillment.stock where sku = ?", sku);
      while (onHand > 0) {
        int quantity = (int) Math.min(onHand, 1000);
        UUID orderId = UUID.randomUUID();
        api()
            .body(orderJson(orderId, "system-stock-taker", sku, quantity))
            .post("/orders")
            .then()
            .statusCode(202);
        takers.add(orderId);
        onHand -= quantity;
      }
    }
    takers.forEach(OrderFlowIT::awaitDecided);
  }

  private static Response awaitDecided(UUID orderId) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> api().get("/orders/{id}", orderId),
            response ->
                response.statusCode() == 200
                    && List.of("FULFILLED", "BACKORDERED").contains(response.path("status")));
  }

  private static void assertOneEffectPerServiceFor(java.util.Set<UUID> orderIds) {
    UUID[] ids = orderIds.toArray(UUID[]::new);
    assertThat(count("orders.customer_order", ids)).as("orders, one row each").isEqualTo(ORDERS);
    assertThat(count("fulfillment.shipment", ids)).as("shipments, one each").isEqualTo(ORDERS);
    assertThat(count("views.order_summary", ids)).as("summaries, one each").isEqualTo(ORDERS);
    assertThat(
            Platform.number(
                "select count(*) from views.order_summary where order_id = any(?) and status <> 'FULFILLED'",
                (Object) ids))
        .isZero();
  }

  private static long count(String table, UUID[] orderIds) {
    return number("select count(*) from " + table + " where order_id = any(?)", (Object) orderIds);
  }

  private static List<String> allSkus() {
    List<String> all = new ArrayList<>(PLENTIFUL);
    all.addAll(SCARCE);
    return all;
  }

  private static List<String> skusInProductView() {
    return api().get("/products").then().statusCode(200).extract().path("sku");
  }

  static String orderJson(UUID orderId, String customerId, String sku, int quantity) {
    return """
        {"orderId": "%s", "customerId": "%s", "lines": [{"sku": "%s", "quantity": %d}]}
        """
        .formatted(orderId, customerId, sku, quantity);
  }

  private record PlacedOrder(UUID orderId, String customerId, String sku, int quantity) {}
}

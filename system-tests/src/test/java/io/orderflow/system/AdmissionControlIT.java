package io.orderflow.system;

import static io.orderflow.system.Platform.api;
import static io.orderflow.system.Platform.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Backpressure on the running platform. The order service is held back (its command queue paused on
 * the broker: it keeps its messages and consumers but delivers nothing, as a stalled service
 * would), so accepted orders pile up. Once the backlog passes the bound, the API refuses commands
 * with 503, Retry-After and problem details and sends nothing, while reads still answer. When the
 * queue resumes, the backlog drains, commands are accepted again and every accepted order
 * completes.
 */
class AdmissionControlIT {

  private static final String HELD_BACK_QUEUE = "order.create";
  private static final String SKU = "BOOK-DDD";
  private static final int CLIENTS = 16;
  private static final Duration DRAIN = Duration.ofSeconds(120);
  private static final Duration COMPLETE = Duration.ofSeconds(240);

  private static long bound;

  @BeforeAll
  static void theBoundIsLowEnoughToReachInSeconds() {
    bound = (long) Platform.metric("orderflow_admission_max_backlog");
    assumeThat(bound)
        .as(
            "ORDERFLOW_ADMISSION_MAX_BACKLOG of the platform under test (system-tests/pom.xml sets"
                + " 2000)")
        .isBetween(1L, 5_000L);
    await("the catalog in the product view")
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> api().get("/products").path("sku").toString().contains(SKU));
  }

  @Test
  void refuses_commands_while_the_backlog_is_over_the_bound_and_accepts_again_once_it_drains()
      throws Exception {
    int most = (int) (2 * bound + 500);
    restockForOrders(most + 10);
    Set<UUID> accepted = ConcurrentHashMap.newKeySet();
    Set<UUID> refused = ConcurrentHashMap.newKeySet();
    int acceptedBeforeRefusal;
    long backlogSeen;

    Broker.pause(HELD_BACK_QUEUE);
    try {
      placeOrdersUntilRefused(most, accepted, refused);
      acceptedBeforeRefusal = accepted.size();
      assertThat(refused).as("orders refused once the backlog passed %d", bound).isNotEmpty();
      backlogSeen = (long) Platform.metric("orderflow_admission_backlog");
      assertThat(backlogSeen).as("the backlog operators see").isGreaterThan(bound);

      UUID orderId = UUID.randomUUID();
      Response order = api().body(orderJson(orderId)).post("/orders");
      assertRefusedWithProblemDetails(order, "/api/orders");
      refused.add(orderId);
      assertRefusedWithProblemDetails(
          api()
              .body("{\"quantity\": 5, \"restockId\": \"%s\"}".formatted(UUID.randomUUID()))
              .post("/inventory/{sku}/restock", SKU),
          "/api/inventory/" + SKU + "/restock");

      api().get("/products").then().statusCode(200);
      api().get("/orders?size=5").then().statusCode(200);
      api().get("/orders/{id}", accepted.iterator().next()).then().statusCode(404);
    } finally {
      Broker.resume(HELD_BACK_QUEUE);
    }
    long resumedAt = System.nanoTime();

    UUID lateOrder = UUID.randomUUID();
    await("an order accepted again once the backlog drains")
        .atMost(DRAIN)
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> api().body(orderJson(lateOrder)).post("/orders").statusCode() == 202);
    accepted.add(lateOrder);
    long acceptedAgainMillis = (System.nanoTime() - resumedAt) / 1_000_000;

    await("every accepted order decided in the views (" + accepted.size() + ")")
        .atMost(COMPLETE)
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                number(
                        "select count(*) from views.order_summary where order_id = any(?)"
                            + " and status in ('FULFILLED', 'BACKORDERED')",
                        (Object) accepted.toArray(UUID[]::new))
                    == accepted.size());
    System.out.printf(
        "%nADMISSION: bound %d; %d orders accepted, then refused at a backlog of %d; accepted"
            + " again %d ms after the queue resumed; all %d decided after %d ms%n",
        bound,
        acceptedBeforeRefusal,
        backlogSeen,
        acceptedAgainMillis,
        accepted.size(),
        (System.nanoTime() - resumedAt) / 1_000_000);
    assertThat(
            number(
                "select count(*) from orders.customer_order where order_id = any(?)",
                (Object) refused.toArray(UUID[]::new)))
        .as("a refused order was never sent")
        .isZero();
  }

  /** Enough units for every order to ship, whatever earlier runs left or still wait for. */
  private static void restockForOrders(int units) {
    long waiting =
        number(
            "select coalesce(sum(l.quantity), 0) from fulfillment.backorder_line l"
                + " join fulfillment.backorder b on b.order_id = l.order_id"
                + " where b.status = 'WAITING' and l.sku = ?",
            SKU);
    long wanted = units + waiting;
    api()
        .body("{\"quantity\": %d, \"restockId\": \"%s\"}".formatted(wanted, UUID.randomUUID()))
        .post("/inventory/{sku}/restock", SKU)
        .then()
        .statusCode(202);
    await("the restock in the product view")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> available() >= units);
  }

  private static int available() {
    Response products = api().get("/products");
    List<String> skus = products.path("sku");
    List<Integer> available = products.path("available");
    return available.get(skus.indexOf(SKU));
  }

  /** Orders of one unit from {@value #CLIENTS} clients, until the first refusal or {@code most}. */
  private static void placeOrdersUntilRefused(int most, Set<UUID> accepted, Set<UUID> refused)
      throws Exception {
    AtomicBoolean refusing = new AtomicBoolean();
    AtomicInteger sent = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        running.add(
            clients.submit(
                () -> {
                  while (!refusing.get() && sent.incrementAndGet() <= most) {
                    UUID orderId = UUID.randomUUID();
                    int status = api().body(orderJson(orderId)).post("/orders").statusCode();
                    if (status == 202) {
                      accepted.add(orderId);
                    } else {
                      assertThat(status).as("refused, not failed").isEqualTo(503);
                      refused.add(orderId);
                      refusing.set(true);
                    }
                  }
                }));
      }
      for (Future<?> client : running) {
        client.get();
      }
    } finally {
      clients.shutdown();
    }
  }

  private static void assertRefusedWithProblemDetails(Response response, String instance) {
    response
        .then()
        .statusCode(503)
        .contentType(startsWith("application/problem+json"))
        .header("Retry-After", matchesPattern("[1-9][0-9]*"))
        .body("type", equalTo("urn:orderflow:problem:overloaded"))
        .body("status", equalTo(503))
        .body("instance", equalTo(instance));
  }

  private static String orderJson(UUID orderId) {
    return OrderFlowIT.orderJson(orderId, "admission-test", SKU, 1);
  }
}

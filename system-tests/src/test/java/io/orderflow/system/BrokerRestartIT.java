package io.orderflow.system;

import static io.orderflow.system.Platform.api;
import static io.orderflow.system.Platform.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * After the broker dies and comes back, every service consumes again by itself: the application
 * server is not restarted. The broker is killed the hard way ({@code kill -9}) and started again as
 * a user would, with {@code ./orderflow start}, which finds the server running and leaves it be.
 */
class BrokerRestartIT {

  private static final int ORDERS = 20;

  @Test
  void every_service_consumes_again_after_the_broker_restarts_without_a_server_restart() {
    long serverBefore = PlatformProcesses.serverPid();

    PlatformProcesses.killBroker();
    PlatformProcesses.start();

    assertThat(PlatformProcesses.serverPid())
        .as("the same application server process")
        .isEqualTo(serverBefore);
    List<UUID> orders = new ArrayList<>();
    for (int i = 0; i < ORDERS; i++) {
      UUID orderId = UUID.randomUUID();
      // the sending connections come back on demand; until then the API answers 503
      await("order " + i + " accepted")
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(500))
          .until(
              () ->
                  api()
                          .body(OrderFlowIT.orderJson(orderId, "broker-restart", "MUG-ORANGE", 1))
                          .post("/orders")
                          .statusCode()
                      == 202);
      orders.add(orderId);
    }
    // decided in the views: order service, fulfillment and denormalizer all consume again
    await("every order decided in the views")
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                number(
                        "select count(*) from views.order_summary where order_id = any(?)"
                            + " and status in ('FULFILLED', 'BACKORDERED')",
                        (Object) orders.toArray(UUID[]::new))
                    == ORDERS);
  }
}

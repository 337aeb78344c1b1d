package io.orderflow.fulfillment.infrastructure.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.OrderCreated;
import io.orderflow.contracts.messages.PricedLine;
import io.orderflow.testing.DrainBenchmark;
import io.orderflow.testing.ServiceArchive;
import io.orderflow.testing.ServiceProcess;
import io.orderflow.testing.TestBroker;
import io.orderflow.testing.TestDatabase;
import io.orderflow.testing.TestMessaging;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a test: how fast the fulfillment service alone drains a backlog of {@code
 * order.created} (every order shipped from plentiful stock of a few skus), and its CPU per message.
 * Run by name, e.g. {@code mvn verify -pl fulfillment-ejb -am -Dit.test=OrderCreatedDrainBenchmark
 * -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
 * -Dorderflow.bench.messages=10000}.
 */
class OrderCreatedDrainBenchmark {

  private static final int MESSAGES = Integer.getInteger("orderflow.bench.messages", 10_000);

  /** The shared durable subscription's queue: Artemis escapes the dots of its name. */
  private static final String SUBSCRIPTION = "fulfillment\\.order\\.created";

  @Test
  void drains_a_backlog_of_order_created() throws Exception {
    TestBroker.start();
    TestDatabase.ensureExists();
    try (TestMessaging messaging = new TestMessaging();
        ServiceProcess service =
            ServiceProcess.start(
                ServiceArchive.ofThisModule("fulfillment-service"),
                Path.of("target", "drain-benchmark"),
                null)) {
      Counterparts counterparts = new Counterparts(messaging);
      List<String> skus =
          List.of(
              counterparts.registeredSku(),
              counterparts.registeredSku(),
              counterparts.registeredSku());
      for (String sku : skus) {
        counterparts.sendRestock(sku, 2 * MESSAGES);
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> Counterparts.hasStock(sku) && onHand(sku) >= 2 * MESSAGES);
      }
      DrainBenchmark.drain(
          service, SUBSCRIPTION, MESSAGES / 5, () -> publishOrders(messaging, skus, MESSAGES / 5));
      DrainBenchmark.Figures measured =
          DrainBenchmark.drain(
              service, SUBSCRIPTION, MESSAGES, () -> publishOrders(messaging, skus, MESSAGES));
      assertThat(measured.messages()).isEqualTo(MESSAGES);
    }
  }

  private static long onHand(String sku) {
    return ((Number) Counterparts.stockRow(sku).get("on_hand")).longValue();
  }

  private static void publishOrders(TestMessaging messaging, List<String> skus, int count) {
    for (int i = 0; i < count; i++) {
      UUID orderId = UUID.randomUUID();
      String sku = skus.get(i % skus.size());
      BigDecimal price = new BigDecimal("2.50");
      messaging.send(
          MessageTypes.ORDER_CREATED,
          orderId.toString(),
          new OrderCreated(
              orderId,
              "drain-" + i,
              List.of(new PricedLine(sku, "Item " + sku, 1, price, price)),
              price));
    }
  }
}

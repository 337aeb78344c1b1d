package io.orderflow.order.infrastructure.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderflow.contracts.messages.CreateOrder;
import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.OrderLine;
import io.orderflow.contracts.messages.RegisterProduct;
import io.orderflow.testing.DrainBenchmark;
import io.orderflow.testing.ServiceArchive;
import io.orderflow.testing.ServiceProcess;
import io.orderflow.testing.TestBroker;
import io.orderflow.testing.TestDatabase;
import io.orderflow.testing.TestMessaging;
import io.orderflow.testing.TopicRecorder;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a test: how fast the order service alone drains a backlog of {@code
 * order.create}, and its CPU per message. Run by name, e.g. {@code mvn verify -pl order-ejb -am
 * -Dit.test=CreateOrderDrainBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfailsafe.failIfNoSpecifiedTests=false -Dorderflow.bench.messages=10000}; it prints a warm-up
 * line and a measured line.
 */
class CreateOrderDrainBenchmark {

  private static final int MESSAGES = Integer.getInteger("orderflow.bench.messages", 10_000);

  @Test
  void drains_a_backlog_of_order_create() throws Exception {
    TestBroker.start();
    TestDatabase.ensureExists();
    String sku = "DRAIN-" + UUID.randomUUID().toString().substring(0, 8);
    try (TestMessaging messaging = new TestMessaging();
        ServiceProcess service =
            ServiceProcess.start(
                ServiceArchive.ofThisModule("order-service"),
                Path.of("target", "drain-benchmark"),
                null)) {
      try (TopicRecorder registered = messaging.record(MessageTypes.PRODUCT_REGISTERED)) {
        messaging.send(
            MessageTypes.PRODUCT_REGISTER,
            sku,
            new RegisterProduct(sku, "Drained mug", new BigDecimal("3.00")));
        registered.await(e -> e.body().contains(sku), Duration.ofSeconds(60));
      }
      DrainBenchmark.drain(
          service, "order.create", MESSAGES / 5, () -> sendOrders(messaging, sku, MESSAGES / 5));
      DrainBenchmark.Figures measured =
          DrainBenchmark.drain(
              service, "order.create", MESSAGES, () -> sendOrders(messaging, sku, MESSAGES));
      assertThat(measured.messages()).isEqualTo(MESSAGES);
    }
  }

  private static void sendOrders(TestMessaging messaging, String sku, int count) {
    for (int i = 0; i < count; i++) {
      UUID orderId = UUID.randomUUID();
      messaging.send(
          MessageTypes.ORDER_CREATE,
          orderId.toString(),
          new CreateOrder(orderId, "drain-" + i, List.of(new OrderLine(sku, 1))));
    }
  }
}

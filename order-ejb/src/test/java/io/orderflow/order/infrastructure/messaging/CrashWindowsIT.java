package io.orderflow.order.infrastructure.messaging;

import static io.orderflow.testing.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderflow.contracts.messages.CreateOrder;
import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.OrderLine;
import io.orderflow.contracts.messages.RegisterProduct;
import io.orderflow.messaging.Envelope;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The order service's process halted ({@code Runtime.halt}, as a power cut would) at each point of
 * "commit locally, then publish, then acknowledge" while it handles an {@code order.create}, then
 * started again: the order exists once, its {@code order.created} is delivered (the same message,
 * under the same id, if it was published before the crash too), and nothing is parked.
 */
class CrashWindowsIT {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final Path WORK = Path.of("target", "crash-windows");

  private static final String ORDER_CREATE_MESSAGE =
      "$1.getStringProperty(\"type\").equals(\"order.create\")";

  private TestMessaging messaging;
  private TopicRecorder created;
  private final String sku = "CRASH-" + UUID.randomUUID().toString().substring(0, 8);

  @BeforeAll
  static void infrastructure() throws Exception {
    TestBroker.start();
    TestDatabase.ensureExists();
  }

  @BeforeEach
  void listen() {
    messaging = new TestMessaging();
    created = messaging.record(MessageTypes.ORDER_CREATED);
  }

  @AfterEach
  void close() throws Exception {
    created.close();
    messaging.close();
  }

  @Test
  void halted_after_the_database_commit_before_the_publish() {
    String rule =
        haltRule(
            "after the database commit, before the publish",
            "io.orderflow.messaging.Inbox",
            "receive(jakarta.jms.Message, io.orderflow.contracts.messages.MessageType,"
                + " java.lang.String, java.util.function.Consumer)",
            "AT INVOKE io.orderflow.messaging.MessageSender.publish",
            ORDER_CREATE_MESSAGE);

    UUID orderId = crashAndRestart(rule);

    List<Envelope> events = deliveredFor(orderId);
    assertThat(events).as("order.created published once, after the restart").hasSize(1);
  }

  @Test
  void halted_after_the_publish_before_the_acknowledgement() {
    String rule =
        haltRule(
            "after the publish, before the acknowledgement",
            "io.orderflow.messaging.MessageDrivenConsumer",
            "onMessage(jakarta.jms.Message)",
            "AT EXIT",
            ORDER_CREATE_MESSAGE);

    UUID orderId = crashAndRestart(rule);

    List<Envelope> events = deliveredFor(orderId);
    assertThat(events).as("published before the crash and again after it").hasSize(2);
    assertThat(events.get(1).messageId())
        .as("the same event, which its consumers drop by id")
        .isEqualTo(events.get(0).messageId());
  }

  /**
   * Registers a product, sends one order for it to a service that halts at the rule, starts the
   * service again without it, and checks what every window must leave: the order once, and nothing
   * parked. Returns the order id.
   */
  private UUID crashAndRestart(String rule) {
    UUID orderId = UUID.randomUUID();
    try (ServiceProcess crashing = start(rule)) {
      register(sku);
      messaging.send(
          MessageTypes.ORDER_CREATE,
          orderId.toString(),
          new CreateOrder(orderId, "crash-customer", List.of(new OrderLine(sku, 1))));
      assertThat(crashing.awaitExit(WAIT))
          .as("halted by the rule")
          .isEqualTo(ServiceProcess.HALTED);
      assertThat(crashing.logText()).contains("crash window:");
    }
    try (ServiceProcess restarted = start(null)) {
      created.await(e -> e.groupId().equals(orderId.toString()), WAIT);
      assertThat(count("select count(*) from orders.customer_order where order_id = ?", orderId))
          .as("one order")
          .isOne();
      assertThat(count("select count(*) from orders.order_line where order_id = ?", orderId))
          .as("one line")
          .isOne();
      assertThat(messaging.parkedFrom(MessageTypes.ORDER_CREATE.name()))
          .as("nothing parked")
          .noneMatch(parked -> parked.body().contains(orderId.toString()));
    }
    return orderId;
  }

  private List<Envelope> deliveredFor(UUID orderId) {
    return created.received().stream().filter(e -> e.groupId().equals(orderId.toString())).toList();
  }

  private void register(String sku) {
    try (TopicRecorder registered = messaging.record(MessageTypes.PRODUCT_REGISTERED)) {
      messaging.send(
          MessageTypes.PRODUCT_REGISTER,
          sku,
          new RegisterProduct(sku, "Crash-tested mug", new BigDecimal("5.00")));
      registered.await(e -> e.body().contains(sku), WAIT);
    }
  }

  private static ServiceProcess start(String rule) {
    return ServiceProcess.start(ServiceArchive.ofThisModule("order-service"), WORK, rule);
  }

  private static String haltRule(
      String window, String className, String method, String location, String condition) {
    return String.join(
        "\n",
        "RULE halt " + window,
        "CLASS " + className,
        "METHOD " + method,
        location,
        "IF " + condition,
        "DO traceln(\"crash window: halting " + window + "\");",
        "   Runtime.getRuntime().halt(" + ServiceProcess.HALTED + ")",
        "ENDRULE",
        "");
  }
}

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
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The order service's process halted ({@code Runtime.halt}, as a power cut would) at each point of
 * "commit locally, then publish, then acknowledge", then started again: every effect exists once,
 * every event is delivered (the same message, under the same id, if it was published before the
 * crash too), and nothing is parked.
 *
 * <p>Both ways in are tried: a message-driven bean ({@code product.register}), whose publish and
 * acknowledgement are two broker commits, and the batch receiver ({@code order.create}), whose one
 * commit publishes and acknowledges a whole batch.
 */
class CrashWindowsIT {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final Path WORK = Path.of("target", "crash-windows");

  private static final String PRODUCT_REGISTER_MESSAGE =
      "$1.getStringProperty(\"type\").equals(\"product.register\")";

  private TestMessaging messaging;
  private TopicRecorder registered;
  private TopicRecorder created;

  @BeforeAll
  static void infrastructure() throws Exception {
    TestBroker.start();
    TestDatabase.ensureExists();
    TestBroker.allowDeliveries(MessageTypes.PRODUCT_REGISTER.name(), 10);
    TestBroker.allowDeliveries(MessageTypes.ORDER_CREATE.name(), 10);
  }

  @AfterAll
  static void deliveriesAsBefore() {
    TestBroker.forgetDeliveries(MessageTypes.PRODUCT_REGISTER.name());
    TestBroker.forgetDeliveries(MessageTypes.ORDER_CREATE.name());
  }

  @BeforeEach
  void listen() {
    messaging = new TestMessaging();
    registered = messaging.record(MessageTypes.PRODUCT_REGISTERED);
    created = messaging.record(MessageTypes.ORDER_CREATED);
  }

  @AfterEach
  void close() throws Exception {
    registered.close();
    created.close();
    messaging.close();
  }

  @Test
  void a_message_driven_bean_halted_after_the_database_commit_before_the_publish() {
    String sku =
        registerThroughACrash(
            haltRule(
                "after the database commit, before the publish",
                "io.orderflow.messaging.Inbox",
                "receive(jakarta.jms.Message, io.orderflow.contracts.messages.MessageType,"
                    + " java.lang.String, java.util.function.Consumer)",
                "AT INVOKE io.orderflow.messaging.MessageSender.publish",
                PRODUCT_REGISTER_MESSAGE));

    assertThat(registrationsOf(sku)).as("published once, after the restart").hasSize(1);
  }

  @Test
  void a_message_driven_bean_halted_after_the_publish_before_the_acknowledgement() {
    String sku =
        registerThroughACrash(
            haltRule(
                "after the publish, before the acknowledgement",
                "io.orderflow.messaging.MessageDrivenConsumer",
                "onMessage(jakarta.jms.Message)",
                "AT EXIT",
                PRODUCT_REGISTER_MESSAGE));

    List<Envelope> events = registrationsOf(sku);
    assertThat(events).as("published before the crash and again after it").hasSize(2);
    assertThat(events.get(1).messageId())
        .as("the same event, which its consumers drop by id")
        .isEqualTo(events.get(0).messageId());
  }

  @Test
  void a_batch_halted_after_the_database_commit_before_its_broker_commit() {
    List<UUID> orders =
        orderThroughACrash(
            haltRule(
                "after the batch's database commit, before its broker commit",
                "io.orderflow.messaging.BatchReceiver",
                "receiveOneBatch",
                "AT INVOKE jakarta.jms.Session.commit",
                "true"));

    orders.forEach(order -> assertThat(creationsOf(order)).as("published once").hasSize(1));
  }

  @Test
  void a_batch_halted_in_the_middle_of_its_handlers() {
    List<UUID> orders =
        orderThroughACrash(
            haltRule(
                "at the second message of a batch",
                "io.orderflow.messaging.Handling",
                "apply",
                "AT INVOKE io.orderflow.messaging.Handling.handle",
                "$1.size() >= 2 AND incrementCounter(\"handled\") == 2"));

    orders.forEach(order -> assertThat(creationsOf(order)).as("published once").hasSize(1));
  }

  /** Registers a product with a service that halts at the rule, then starts it again. */
  private String registerThroughACrash(String rule) {
    String sku = newSku();
    UUID commandId;
    try (ServiceProcess crashing = start(rule)) {
      commandId =
          messaging.send(
              MessageTypes.PRODUCT_REGISTER,
              sku,
              new RegisterProduct(sku, "Crash-tested mug", new BigDecimal("5.00")));
      awaitHalt(crashing);
    }
    try (ServiceProcess restarted = start(null)) {
      registered.await(e -> e.groupId().equals(sku), WAIT);
      assertThat(count("select count(*) from orders.product where sku = ?", sku)).isOne();
      assertThat(
              count(
                  "select count(*) from orders.processed_message where message_id = ?", commandId))
          .as("processed once")
          .isOne();
      assertNothingParkedFrom(MessageTypes.PRODUCT_REGISTER.name(), sku);
    }
    return sku;
  }

  /**
   * Registers a product, then sends twenty orders for it at once (the queue held back until all are
   * there, so that they make batches of several) to a service that halts at the rule, starts it
   * again, and checks each order once.
   */
  private List<UUID> orderThroughACrash(String rule) {
    String sku = newSku();
    List<UUID> orders = IntStream.range(0, 20).mapToObj(i -> UUID.randomUUID()).toList();
    try (ServiceProcess crashing = start(rule)) {
      messaging.send(
          MessageTypes.PRODUCT_REGISTER,
          sku,
          new RegisterProduct(sku, "Crash-tested mug", new BigDecimal("5.00")));
      registered.await(e -> e.groupId().equals(sku), WAIT);
      TestBroker.pause(MessageTypes.ORDER_CREATE.name());
      try {
        for (UUID orderId : orders) {
          messaging.send(
              MessageTypes.ORDER_CREATE,
              orderId.toString(),
              new CreateOrder(orderId, "crash-customer", List.of(new OrderLine(sku, 1))));
        }
      } finally {
        TestBroker.resume(MessageTypes.ORDER_CREATE.name());
      }
      awaitHalt(crashing);
    }
    try (ServiceProcess restarted = start(null)) {
      for (UUID orderId : orders) {
        created.await(e -> e.groupId().equals(orderId.toString()), WAIT);
        assertThat(count("select count(*) from orders.customer_order where order_id = ?", orderId))
            .as("one order")
            .isOne();
        assertThat(count("select count(*) from orders.order_line where order_id = ?", orderId))
            .as("one line")
            .isOne();
        assertNothingParkedFrom(MessageTypes.ORDER_CREATE.name(), orderId.toString());
      }
    }
    return orders;
  }

  private static void awaitHalt(ServiceProcess crashing) {
    assertThat(crashing.awaitExit(WAIT)).as("halted by the rule").isEqualTo(ServiceProcess.HALTED);
    assertThat(crashing.logText()).contains("crash window:");
  }

  private void assertNothingParkedFrom(String origin, String naming) {
    assertThat(messaging.parkedFrom(origin))
        .as("nothing parked")
        .noneMatch(parked -> parked.body().contains(naming));
  }

  private List<Envelope> registrationsOf(String sku) {
    return registered.received().stream().filter(e -> e.groupId().equals(sku)).toList();
  }

  private List<Envelope> creationsOf(UUID orderId) {
    return created.received().stream().filter(e -> e.groupId().equals(orderId.toString())).toList();
  }

  private static String newSku() {
    return "CRASH-" + UUID.randomUUID().toString().substring(0, 8);
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

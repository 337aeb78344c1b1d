package io.orderflow.order.infrastructure.messaging;

import static io.orderflow.testing.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderflow.contracts.messages.CreateOrder;
import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.OrderCreated;
import io.orderflow.contracts.messages.OrderLine;
import io.orderflow.contracts.messages.OrderRejected;
import io.orderflow.contracts.messages.RegisterProduct;
import io.orderflow.messaging.Envelope;
import io.orderflow.testing.RealInfrastructure;
import io.orderflow.testing.ServiceArchive;
import io.orderflow.testing.TestMessaging;
import io.orderflow.testing.TopicRecorder;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The order service on Payara Micro, driven through the real broker: commands in, events out,
 * effects in schema {@code orders}.
 */
@ExtendWith(RealInfrastructure.class)
@ExtendWith(ArquillianExtension.class)
class OrderServiceIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private TestMessaging messaging;
  private TopicRecorder created;
  private TopicRecorder rejected;
  private final String sku = "IT-" + UUID.randomUUID().toString().substring(0, 8);

  @Deployment(testable = false)
  static WebArchive orderService() {
    return ServiceArchive.ofThisModule("order-service");
  }

  @BeforeEach
  void registerAProduct() {
    messaging = new TestMessaging();
    created = messaging.record(MessageTypes.ORDER_CREATED);
    rejected = messaging.record(MessageTypes.ORDER_REJECTED);
    try (TopicRecorder registered = messaging.record(MessageTypes.PRODUCT_REGISTERED)) {
      messaging.send(
          MessageTypes.PRODUCT_REGISTER,
          sku,
          new RegisterProduct(sku, "Integration mug", new BigDecimal("7.50")));
      registered.await(e -> e.body().contains(sku), WAIT);
    }
  }

  @AfterEach
  void close() throws Exception {
    created.close();
    rejected.close();
    messaging.close();
  }

  @Test
  void a_valid_order_is_created_priced_and_announced_with_its_cause() {
    UUID orderId = UUID.randomUUID();
    UUID commandId =
        messaging.send(
            MessageTypes.ORDER_CREATE,
            orderId.toString(),
            new CreateOrder(orderId, "customer-1", List.of(new OrderLine(sku, 3))));

    Envelope event = created.await(e -> e.groupId().equals(orderId.toString()), WAIT);
    OrderCreated payload = created.payloadOf(event, OrderCreated.class);

    assertThat(payload.total()).isEqualByComparingTo("22.50");
    assertThat(payload.lines()).singleElement().satisfies(l -> assertThat(l.sku()).isEqualTo(sku));
    assertThat(event.correlationId()).isEqualTo(commandId);
    assertThat(event.causationId()).isEqualTo(commandId);
    assertThat(count("select count(*) from orders.customer_order where order_id = ?", orderId))
        .isOne();
    assertThat(count("select count(*) from orders.order_line where order_id = ?", orderId)).isOne();
  }

  @Test
  void an_unknown_sku_is_rejected_with_the_reason() {
    UUID orderId = UUID.randomUUID();
    messaging.send(
        MessageTypes.ORDER_CREATE,
        orderId.toString(),
        new CreateOrder(orderId, "customer-1", List.of(new OrderLine("NO-SUCH-SKU", 1))));

    Envelope event = rejected.await(e -> e.groupId().equals(orderId.toString()), WAIT);

    assertThat(rejected.payloadOf(event, OrderRejected.class).reason())
        .isEqualTo("unknown sku NO-SUCH-SKU");
    assertThat(
            count(
                "select count(*) from orders.customer_order where order_id = ? and status = 'REJECTED'",
                orderId))
        .isOne();
  }

  @Test
  void the_same_message_delivered_twice_takes_effect_once_and_announces_it_under_one_id() {
    UUID orderId = UUID.randomUUID();
    UUID messageId = UUID.randomUUID();
    Envelope command =
        messaging.envelope(
            MessageTypes.ORDER_CREATE,
            orderId.toString(),
            new CreateOrder(orderId, "customer-2", List.of(new OrderLine(sku, 1))),
            messageId);
    messaging.send(command);
    Envelope first = created.await(e -> e.groupId().equals(orderId.toString()), WAIT);

    // As the broker delivers a message again when its side of the transaction was lost in a crash
    // while the database's side committed: the event may have been lost with it.
    messaging.sendCopyTheBrokerCannotRecognise(command);

    await().atMost(WAIT).until(() -> eventsFor(orderId).size() == 2);
    assertThat(eventsFor(orderId))
        .allSatisfy(
            copy -> {
              assertThat(copy.messageId()).isEqualTo(first.messageId());
              assertThat(copy.body()).isEqualTo(first.body());
              assertThat(copy.causationId()).isEqualTo(messageId);
            });
    assertThat(
            count("select count(*) from orders.processed_message where message_id = ?", messageId))
        .isOne();
    assertThat(count("select count(*) from orders.customer_order where order_id = ?", orderId))
        .isOne();
    assertThat(count("select count(*) from orders.order_line where order_id = ?", orderId)).isOne();
  }

  @Test
  void a_second_create_for_an_existing_order_id_changes_nothing() {
    UUID orderId = UUID.randomUUID();
    messaging.send(
        MessageTypes.ORDER_CREATE,
        orderId.toString(),
        new CreateOrder(orderId, "customer-3", List.of(new OrderLine(sku, 1))));
    created.await(e -> e.groupId().equals(orderId.toString()), WAIT);

    UUID secondId =
        messaging.send(
            MessageTypes.ORDER_CREATE,
            orderId.toString(),
            new CreateOrder(orderId, "customer-3", List.of(new OrderLine(sku, 9))));

    await()
        .atMost(WAIT)
        .until(
            () ->
                count(
                        "select count(*) from orders.processed_message where message_id = ?",
                        secondId)
                    == 1);
    assertThat(eventsFor(orderId)).hasSize(1);
    assertThat(
            count(
                "select count(*) from orders.order_line where order_id = ? and quantity = 1",
                orderId))
        .isOne();
  }

  private List<Envelope> eventsFor(UUID orderId) {
    return created.received().stream().filter(e -> e.groupId().equals(orderId.toString())).toList();
  }
}

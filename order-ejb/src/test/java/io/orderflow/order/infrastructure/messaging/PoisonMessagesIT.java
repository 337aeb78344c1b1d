package io.orderflow.order.infrastructure.messaging;

import static io.orderflow.testing.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderflow.contracts.messages.CreateOrder;
import io.orderflow.contracts.messages.MessageFailed;
import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.OrderLine;
import io.orderflow.contracts.messages.RegisterProduct;
import io.orderflow.messaging.DeadLetters;
import io.orderflow.messaging.Envelope;
import io.orderflow.messaging.JmsEnvelopes;
import io.orderflow.testing.ParkedCopy;
import io.orderflow.testing.RealInfrastructure;
import io.orderflow.testing.ServiceArchive;
import io.orderflow.testing.TestBroker;
import io.orderflow.testing.TestMessaging;
import io.orderflow.testing.TopicRecorder;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Messages the order service cannot handle: unreadable ones are parked at once with their reason;
 * one whose handler keeps failing is retried, each attempt recorded, then parked by the broker,
 * while other orders keep flowing.
 */
@ExtendWith(RealInfrastructure.class)
@ExtendWith(ArquillianExtension.class)
class PoisonMessagesIT {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String ORIGIN = MessageTypes.ORDER_CREATE.name();

  private TestMessaging messaging;
  private TopicRecorder failures;
  private TopicRecorder created;
  private final String sku = "POISON-IT-" + UUID.randomUUID().toString().substring(0, 8);

  @Deployment(testable = false)
  static WebArchive orderService() {
    return ServiceArchive.ofThisModule("order-service-poison");
  }

  @BeforeEach
  void registerAProduct() {
    messaging = new TestMessaging();
    failures = messaging.record(MessageTypes.MESSAGE_FAILED);
    created = messaging.record(MessageTypes.ORDER_CREATED);
    try (TopicRecorder registered = messaging.record(MessageTypes.PRODUCT_REGISTERED)) {
      messaging.send(
          MessageTypes.PRODUCT_REGISTER,
          sku,
          new RegisterProduct(sku, "Poison test mug", new BigDecimal("3.00")));
      registered.await(e -> e.body().contains(sku), WAIT);
    }
  }

  @AfterEach
  void close() throws Exception {
    failures.close();
    created.close();
    messaging.close();
  }

  @Test
  void malformed_json_is_parked_on_the_first_delivery_with_its_reason() {
    UUID messageId = UUID.randomUUID();
    sendRawOrderCreate(messageId, ORIGIN, "{\"orderId\": \"not a uuid\", \"lines\": [");

    ParkedCopy parked = awaitParked(messageId);

    assertThat(parked.property(DeadLetters.REASON)).contains("not a valid CreateOrder");
    assertThat(parked.property(DeadLetters.ORIGINAL_ADDRESS)).isEqualTo(ORIGIN);
    assertThat(parked.property(DeadLetters.HANDLER)).endsWith("CreateOrderConsumer");
    assertThat(parked.body()).startsWith("{\"orderId\": \"not a uuid\"");
    assertThat(parked.property(JmsEnvelopes.TYPE)).isEqualTo(ORIGIN);
    assertOneParkedFailureRecorded(messageId, "not a valid CreateOrder");
    assertThat(
            count("select count(*) from orders.processed_message where message_id = ?", messageId))
        .isZero();
  }

  @Test
  void an_unknown_type_is_parked_on_the_first_delivery_with_its_reason() {
    UUID messageId = UUID.randomUUID();
    UUID orderId = UUID.randomUUID();
    sendRawOrderCreate(
        messageId,
        "order.explode",
        "{\"orderId\": \"" + orderId + "\", \"customerId\": \"c\", \"lines\": []}");

    ParkedCopy parked = awaitParked(messageId);

    assertThat(parked.property(DeadLetters.REASON))
        .isEqualTo("expected a order.create message but its type is order.explode");
    assertThat(parked.property(JmsEnvelopes.TYPE)).isEqualTo("order.explode");
    assertOneParkedFailureRecorded(messageId, "its type is order.explode");
    assertThat(count("select count(*) from orders.customer_order where order_id = ?", orderId))
        .isZero();
  }

  @Test
  void a_handler_that_keeps_failing_is_retried_then_parked_by_the_broker_while_others_complete() {
    UUID poisonOrder = UUID.randomUUID();
    UUID poisonId = sendOrderWhoseInsertAlwaysFails(poisonOrder);
    UUID healthyOrder = UUID.randomUUID();
    messaging.send(
        MessageTypes.ORDER_CREATE,
        healthyOrder.toString(),
        new CreateOrder(healthyOrder, "customer-1", List.of(new OrderLine(sku, 2))));

    created.await(e -> e.groupId().equals(healthyOrder.toString()), WAIT);
    ParkedCopy parked = awaitParked(poisonId);

    assertThat(parked.property(DeadLetters.ORIGINAL_ADDRESS)).isEqualTo(ORIGIN);
    assertThat(parked.property(DeadLetters.REASON)).as("the broker parked it").isNull();
    assertThat(count("select count(*) from orders.customer_order where order_id = ?", poisonOrder))
        .isZero();
    assertThat(count("select count(*) from orders.customer_order where order_id = ?", healthyOrder))
        .isOne();
  }

  @Test
  void each_failed_attempt_is_recorded_outside_the_rolled_back_transaction() {
    UUID poisonOrder = UUID.randomUUID();
    UUID poisonId = sendOrderWhoseInsertAlwaysFails(poisonOrder);

    await()
        .atMost(WAIT)
        .until(() -> failuresOf(poisonId).size() >= TestBroker.MAX_DELIVERY_ATTEMPTS);
    List<MessageFailed> attempts = failuresOf(poisonId);
    assertThat(attempts)
        .extracting(MessageFailed::attempt)
        .containsExactlyInAnyOrder(
            java.util.stream.IntStream.rangeClosed(1, TestBroker.MAX_DELIVERY_ATTEMPTS)
                .boxed()
                .toArray(Integer[]::new));
    assertThat(attempts)
        .allSatisfy(
            failure -> {
              assertThat(failure.parked()).isFalse();
              assertThat(failure.type()).isEqualTo(ORIGIN);
              assertThat(failure.origin()).isEqualTo(ORIGIN);
              assertThat(failure.handler()).endsWith("CreateOrderConsumer");
              assertThat(failure.exceptionClass()).isNotBlank();
              assertThat(failure.correlationId()).isEqualTo(poisonId.toString());
              assertThat(failure.failedAt()).isBefore(Instant.now());
            });
    assertThat(count("select count(*) from orders.customer_order where order_id = ?", poisonOrder))
        .as("each attempt's own writes rolled back")
        .isZero();
  }

  /** An order.create with a well-formed envelope around whatever body and type we choose. */
  private void sendRawOrderCreate(UUID messageId, String type, String body) {
    Envelope envelope =
        new Envelope(
            type,
            messageId,
            messageId,
            messageId,
            Instant.now(),
            Envelope.SCHEMA_VERSION,
            UUID.randomUUID().toString(),
            body);
    messaging.sendRaw(
        messaging.destinationOf(MessageTypes.ORDER_CREATE),
        body,
        (TextMessage message) -> {
          try {
            JmsEnvelopes.write(envelope, message, true);
          } catch (JMSException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private ParkedCopy awaitParked(UUID messageId) {
    return await()
        .atMost(WAIT)
        .until(
            () ->
                messaging.parkedFrom(ORIGIN).stream()
                    .filter(p -> messageId.toString().equals(p.property(JmsEnvelopes.MESSAGE_ID)))
                    .findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  private void assertOneParkedFailureRecorded(UUID messageId, String reason) {
    failures.await(e -> e.body().contains(messageId.toString()), WAIT);
    // a retry would record a second attempt
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(() -> failuresOf(messageId).size() == 1);
    MessageFailed failure = failuresOf(messageId).get(0);
    assertThat(failure.attempt()).isOne();
    assertThat(failure.parked()).isTrue();
    assertThat(failure.origin()).isEqualTo(ORIGIN);
    assertThat(failure.exceptionMessage()).contains(reason);
    assertThat(failure.exceptionClass()).endsWith("UnreadableMessageException");
    assertThat(
            messaging.parkedFrom(ORIGIN).stream()
                .filter(p -> messageId.toString().equals(p.property(JmsEnvelopes.MESSAGE_ID))))
        .as("parked once")
        .hasSize(1);
  }

  private List<MessageFailed> failuresOf(UUID messageId) {
    return failures.received().stream()
        .map(e -> failures.payloadOf(e, MessageFailed.class))
        .filter(f -> messageId.toString().equals(f.messageId()))
        .toList();
  }

  /**
   * customer_order.customer_id is varchar(100): the insert fails on every attempt, at the flush.
   */
  private UUID sendOrderWhoseInsertAlwaysFails(UUID orderId) {
    return messaging.send(
        MessageTypes.ORDER_CREATE,
        orderId.toString(),
        new CreateOrder(orderId, "c".repeat(101), List.of(new OrderLine(sku, 1))));
  }
}

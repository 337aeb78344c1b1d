package io.orderflow.denormalizer.infrastructure.messaging;

import static io.orderflow.testing.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.OrderFulfilled;
import io.orderflow.contracts.messages.ProductRegistered;
import io.orderflow.contracts.messages.RestockRejected;
import io.orderflow.contracts.messages.StockChanged;
import io.orderflow.contracts.messages.StockRemoved;
import io.orderflow.denormalizer.domain.OrderSummaryLine;
import io.orderflow.denormalizer.infrastructure.messaging.OrderHistory.Event;
import io.orderflow.denormalizer.infrastructure.messaging.Views.OrderSummaryRow;
import io.orderflow.denormalizer.infrastructure.messaging.Views.ProductRow;
import io.orderflow.denormalizer.infrastructure.messaging.Views.RestockRejectionRow;
import io.orderflow.denormalizer.infrastructure.messaging.Views.TimelineRow;
import io.orderflow.messaging.Envelope;
import io.orderflow.testing.RealInfrastructure;
import io.orderflow.testing.ServiceArchive;
import io.orderflow.testing.TopicRecorder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The denormalizer on Payara Micro, fed through the real broker by a test that plays the order and
 * fulfillment services: whatever the order of the events and however often they arrive, the views
 * in schema {@code views} converge to what a clean run shows.
 */
@ExtendWith(RealInfrastructure.class)
@ExtendWith(ArquillianExtension.class)
class ViewsConvergeIT extends DeployedDenormalizer {

  private static final long SHUFFLE_SEED = 20251127L;

  @Deployment(testable = false)
  static WebArchive denormalizer() {
    return ServiceArchive.ofThisModule("denormalizer");
  }

  @Test
  void an_order_created_then_fulfilled_shows_fulfilled_with_its_lines_and_timeline() {
    OrderHistory order = new OrderHistory("customer-1");
    publisher.publish(order.created());
    publisher.publish(order.fulfilled());

    await()
        .atMost(WAIT)
        .untilAsserted(() -> assertThat(Views.timelineOf(order.orderId)).hasSize(2));

    assertThat(Views.summaryOf(order.orderId)).contains(fulfilled(order));
    assertThat(Views.linesOf(order.orderId))
        .containsExactly(
            new OrderSummaryLine(
                1,
                order.sku,
                "Integration mug",
                OrderHistory.QUANTITY,
                OrderHistory.UNIT_PRICE,
                OrderHistory.TOTAL));
    assertThat(Views.timelineOf(order.orderId))
        .extracting(
            TimelineRow::messageId,
            TimelineRow::type,
            TimelineRow::occurredAt,
            TimelineRow::correlationId,
            TimelineRow::causationId)
        .containsExactly(
            tuple(
                order.created().messageId(),
                "order.created",
                order.createdAt,
                order.createCommandId,
                order.createCommandId),
            tuple(
                order.fulfilled().messageId(),
                "order.fulfilled",
                order.fulfilledAt,
                order.createCommandId,
                order.created().messageId()));
  }

  @Test
  void an_order_fulfilled_before_it_is_created_shows_the_same_summary() {
    OrderHistory order = new OrderHistory("customer-2");
    publisher.publish(order.fulfilled());
    // the fulfillment alone makes a row for an order the view has not heard of
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(Views.summaryOf(order.orderId))
                    .hasValueSatisfying(
                        summary -> {
                          assertThat(summary.status()).isEqualTo("FULFILLED");
                          assertThat(summary.customerId()).isNull();
                        }));

    publisher.publish(order.created());

    await()
        .atMost(WAIT)
        .untilAsserted(() -> assertThat(Views.timelineOf(order.orderId)).hasSize(2));
    assertThat(Views.summaryOf(order.orderId)).contains(fulfilled(order));
    assertThat(Views.linesOf(order.orderId)).hasSize(1);
  }

  @Test
  void shuffled_and_repeated_events_of_many_orders_converge_to_a_clean_run() {
    String customerId = "batch-" + UUID.randomUUID();
    List<OrderHistory> orders =
        IntStream.range(0, 30).mapToObj(i -> new OrderHistory(customerId)).toList();
    Random random = new Random(SHUFFLE_SEED);
    List<Runnable> deliveries = new ArrayList<>();
    for (OrderHistory order : orders) {
      for (Event<?> event : List.of(order.created(), order.backordered(), order.fulfilled())) {
        deliveries.add(() -> publisher.publish(event));
        if (random.nextInt(3) == 0) {
          deliveries.add(() -> publisher.publishCopy(event));
        }
      }
    }
    Collections.shuffle(deliveries, random);

    deliveries.forEach(Runnable::run);

    await()
        .atMost(WAIT)
        .until(
            () ->
                count(
                        "select count(*) from views.order_timeline t join views.order_summary s"
                            + " on s.order_id = t.order_id where s.customer_id = ?",
                        customerId)
                    == 3L * orders.size());
    subscriptions.awaitDrained(WAIT);
    for (OrderHistory order : orders) {
      assertThat(Views.summaryOf(order.orderId))
          .as("order %s", order.orderId)
          .contains(fulfilledAfterBackorder(order));
      assertThat(Views.timelineOf(order.orderId))
          .as("order %s", order.orderId)
          .extracting(TimelineRow::type)
          .containsExactly("order.created", "order.backordered", "order.fulfilled");
      assertThat(
              count(
                  "select count(*) from views.processed_message where correlation_id = ?",
                  order.createCommandId))
          .as("order %s", order.orderId)
          .isEqualTo(3);
    }
  }

  @Test
  void a_rejected_order_shows_its_reason_and_a_repeated_rejection_adds_nothing() {
    OrderHistory order = new OrderHistory("customer-4");
    Event<?> rejected = order.rejected("unknown sku NO-SUCH-SKU");
    OrderSummaryRow expected =
        new OrderSummaryRow(
            "REJECTED",
            "customer-4",
            null,
            "unknown sku NO-SUCH-SKU",
            null,
            null,
            order.createdAt,
            null,
            null,
            order.createdAt,
            true);
    publisher.publish(rejected);
    await()
        .atMost(WAIT)
        .untilAsserted(() -> assertThat(Views.summaryOf(order.orderId)).contains(expected));

    try (TopicRecorder topic = messaging.record(MessageTypes.ORDER_REJECTED)) {
      publisher.publishCopy(rejected);
      // the broker let the copy through: it is the denormalizer's inbox that must drop it
      topic.await(e -> e.messageId().equals(rejected.messageId()), WAIT);
    }
    subscriptions.awaitDrained(WAIT);

    assertThat(Views.timelineOf(order.orderId))
        .singleElement()
        .satisfies(entry -> assertThat(entry.type()).isEqualTo("order.rejected"));
    assertThat(Views.summaryOf(order.orderId)).contains(expected);
  }

  @Test
  void a_product_shows_its_newest_stock_level_whatever_order_the_levels_arrive_in() {
    String sku = "IT-" + UUID.randomUUID().toString().substring(0, 8);
    List<UUID> sent = new ArrayList<>();
    // 5 arrive (v1), 1 is reserved (v2), 5 more arrive and 1 more is reserved (v3): the newest
    // level has 8 on hand and 2 reserved, 10 restocked in all, and all 8 on hand are available.
    // Reservations ride on the order.fulfilled that made them, restocks come as stock.changed.
    sent.add(sendFulfilledLeaving(new StockChanged(sku, 8, 2, 3)));
    sent.add(
        messaging.send(
            MessageTypes.PRODUCT_REGISTERED,
            sku,
            new ProductRegistered(sku, "Integration teapot", new BigDecimal("19.90"))));
    sent.add(messaging.send(MessageTypes.STOCK_CHANGED, sku, new StockChanged(sku, 5, 0, 1)));
    sent.add(sendFulfilledLeaving(new StockChanged(sku, 4, 1, 2)));

    await().atMost(WAIT).until(() -> Views.processed(sent) == sent.size());

    assertThat(Views.productOf(sku))
        .contains(new ProductRow("Integration teapot", new BigDecimal("19.90"), 8, 2, 8, 3L));
  }

  @Test
  void removed_stock_leaves_the_product_view_and_a_registered_product_keeps_its_entry() {
    String unregistered = "IT-" + UUID.randomUUID().toString().substring(0, 8);
    String registered = "IT-" + UUID.randomUUID().toString().substring(0, 8);
    List<UUID> shown =
        List.of(
            messaging.send(
                MessageTypes.STOCK_CHANGED, unregistered, new StockChanged(unregistered, 50, 0, 1)),
            messaging.send(
                MessageTypes.PRODUCT_REGISTERED,
                registered,
                new ProductRegistered(registered, "Integration kettle", new BigDecimal("30.00"))),
            messaging.send(
                MessageTypes.STOCK_CHANGED, registered, new StockChanged(registered, 4, 0, 2)));
    await().atMost(WAIT).until(() -> Views.processed(shown) == shown.size());
    Envelope removal =
        messaging.envelope(
            MessageTypes.STOCK_REMOVED,
            unregistered,
            new StockRemoved(unregistered, 50, 1, "not a registered product"),
            UUID.randomUUID());

    messaging.send(removal);
    messaging.sendCopyTheBrokerCannotRecognise(removal);
    UUID registeredRemoval =
        messaging.send(
            MessageTypes.STOCK_REMOVED,
            registered,
            new StockRemoved(registered, 4, 2, "not a registered product"));

    List<UUID> removed = List.of(removal.messageId(), registeredRemoval);
    await().atMost(WAIT).until(() -> Views.processed(removed) == removed.size());
    assertThat(Views.productOf(unregistered)).isEmpty();
    assertThat(Views.productOf(registered))
        .contains(
            new ProductRow("Integration kettle", new BigDecimal("30.00"), null, null, null, null));
  }

  @Test
  void a_rejected_restock_is_recorded_once_with_its_reason_under_the_restock_id() {
    UUID restockId = UUID.randomUUID();
    Envelope published =
        messaging.envelope(
            MessageTypes.STOCK_RESTOCK_REJECTED,
            "NO-SUCH-SKU",
            new RestockRejected("NO-SUCH-SKU", 5, "sku NO-SUCH-SKU is not a registered product"),
            UUID.randomUUID());
    // it answers the restock: the restock's id is its cause and its request's correlation
    Envelope rejection =
        new Envelope(
            published.type(),
            published.messageId(),
            restockId,
            restockId,
            published.occurredAt(),
            published.schemaVersion(),
            published.groupId(),
            published.body());

    messaging.send(rejection);
    messaging.sendCopyTheBrokerCannotRecognise(rejection);

    await().atMost(WAIT).until(() -> Views.processed(List.of(rejection.messageId())) == 1);
    assertThat(Views.rejectionsOf(restockId))
        .containsExactly(
            new RestockRejectionRow(
                "NO-SUCH-SKU", 5, "sku NO-SUCH-SKU is not a registered product", restockId));
  }

  private UUID sendFulfilledLeaving(StockChanged level) {
    UUID orderId = UUID.randomUUID();
    return messaging.send(
        MessageTypes.ORDER_FULFILLED,
        orderId.toString(),
        new OrderFulfilled(orderId, UUID.randomUUID(), List.of(level)));
  }

  private static OrderSummaryRow fulfilled(OrderHistory order) {
    return new OrderSummaryRow(
        "FULFILLED",
        order.customerId,
        OrderHistory.TOTAL,
        null,
        order.shipmentId,
        order.createdAt,
        null,
        null,
        order.fulfilledAt,
        order.fulfilledAt,
        true);
  }

  private static OrderSummaryRow fulfilledAfterBackorder(OrderHistory order) {
    return new OrderSummaryRow(
        "FULFILLED",
        order.customerId,
        OrderHistory.TOTAL,
        order.backorderReason(),
        order.shipmentId,
        order.createdAt,
        null,
        order.backorderedAt,
        order.fulfilledAt,
        order.fulfilledAt,
        true);
  }
}

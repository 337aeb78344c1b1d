package io.orderflow.fulfillment.infrastructure.messaging;

import static io.orderflow.fulfillment.infrastructure.messaging.Counterparts.stockRow;
import static io.orderflow.testing.TestDatabase.count;
import static io.orderflow.testing.TestDatabase.query;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.OrderBackordered;
import io.orderflow.contracts.messages.OrderCreated;
import io.orderflow.contracts.messages.OrderFulfilled;
import io.orderflow.contracts.messages.OrderLine;
import io.orderflow.contracts.messages.PricedLine;
import io.orderflow.contracts.messages.StockChanged;
import io.orderflow.messaging.Envelope;
import io.orderflow.messaging.JmsEnvelopes;
import io.orderflow.testing.RealInfrastructure;
import io.orderflow.testing.ServiceArchive;
import io.orderflow.testing.TestMessaging;
import io.orderflow.testing.TopicRecorder;
import jakarta.jms.JMSException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fulfillment service on Payara Micro, driven through the real broker: the test plays the order
 * service (publishing {@code order.created}) and the warehouse (sending {@code inventory.restock}),
 * listens to what fulfillment publishes, and checks its effects in schema {@code fulfillment}. Each
 * test registers and stocks skus of its own, so tests do not see each other's stock.
 */
@ExtendWith(RealInfrastructure.class)
@ExtendWith(ArquillianExtension.class)
class FulfillmentServiceIT {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Duration QUIET = Duration.ofSeconds(2);

  private final Jsonb jsonb = JsonbBuilder.create();
  private TestMessaging messaging;
  private TopicRecorder fulfilled;
  private TopicRecorder backordered;
  private TopicRecorder stockChanged;
  private TopicRecorder restocked;
  private Counterparts counterparts;

  @Deployment(testable = false)
  static WebArchive fulfillmentService() {
    return ServiceArchive.ofThisModule("fulfillment-service");
  }

  @BeforeEach
  void listenToWhatFulfillmentPublishes() {
    messaging = new TestMessaging();
    fulfilled = messaging.record(MessageTypes.ORDER_FULFILLED);
    backordered = messaging.record(MessageTypes.ORDER_BACKORDERED);
    stockChanged = messaging.record(MessageTypes.STOCK_CHANGED);
    restocked = messaging.record(MessageTypes.STOCK_RESTOCKED);
    counterparts = new Counterparts(messaging);
  }

  @AfterEach
  void close() throws Exception {
    fulfilled.close();
    backordered.close();
    stockChanged.close();
    restocked.close();
    messaging.close();
    jsonb.close();
  }

  @Test
  void an_order_whose_lines_are_all_in_stock_is_fulfilled_and_its_reservation_announced() {
    String mugs = counterparts.registeredSku();
    String plates = counterparts.registeredSku();
    restock(mugs, 10);
    restock(plates, 4);
    UUID orderId = UUID.randomUUID();

    publishOrderCreated(orderId, new OrderLine(mugs, 3), new OrderLine(plates, 4));

    Envelope event = fulfilled.await(e -> e.groupId().equals(orderId.toString()), WAIT);
    OrderFulfilled payload = fulfilled.payloadOf(event, OrderFulfilled.class);
    assertThat(payload.orderId()).isEqualTo(orderId);
    assertThat(payload.stockLevels())
        .extracting(StockChanged::sku, StockChanged::onHand, StockChanged::reserved)
        .containsExactlyInAnyOrder(tuple(mugs, 7, 3), tuple(plates, 0, 4));
    assertThat(stockRow(mugs)).isEqualTo(Map.of("on_hand", 7, "reserved", 3));
    assertThat(stockRow(plates)).isEqualTo(Map.of("on_hand", 0, "reserved", 4));
    assertThat(query("select shipment_id from fulfillment.shipment where order_id = ?", orderId))
        .containsExactly(Map.of("shipment_id", payload.shipmentId()));
    assertThat(
            count(
                "select count(*) from fulfillment.shipment_line where shipment_id = ?",
                payload.shipmentId()))
        .isEqualTo(2);
    assertThat(count("select count(*) from fulfillment.backorder where order_id = ?", orderId))
        .isZero();
  }

  @Test
  void an_order_with_one_short_line_is_backordered_for_exactly_the_missing_units() {
    String mugs = counterparts.registeredSku();
    String plates = counterparts.registeredSku();
    restock(mugs, 5);
    restock(plates, 1);
    UUID orderId = UUID.randomUUID();

    UUID createdId = publishOrderCreated(orderId, new OrderLine(mugs, 2), new OrderLine(plates, 3));

    Envelope event = backordered.await(e -> e.groupId().equals(orderId.toString()), WAIT);
    assertThat(backordered.payloadOf(event, OrderBackordered.class).missingLines())
        .containsExactly(new OrderLine(plates, 2));
    assertThat(
            count(
                "select count(*) from fulfillment.backorder where order_id = ? and status = 'WAITING'",
                orderId))
        .isOne();
    await()
        .during(QUIET)
        .atMost(QUIET.plusSeconds(3))
        .until(() -> eventsFor(fulfilled, orderId) == 0 && causedBy(stockChanged, createdId) == 0);
    assertThat(stockRow(mugs)).isEqualTo(Map.of("on_hand", 5, "reserved", 0));
    assertThat(stockRow(plates)).isEqualTo(Map.of("on_hand", 1, "reserved", 0));
    assertThat(count("select count(*) from fulfillment.shipment where order_id = ?", orderId))
        .isZero();
  }

  @Test
  void a_restock_releases_the_waiting_backorder_and_fulfills_it() {
    String sku = counterparts.registeredSku();
    restock(sku, 1);
    UUID orderId = UUID.randomUUID();
    publishOrderCreated(orderId, new OrderLine(sku, 3));
    backordered.await(e -> e.groupId().equals(orderId.toString()), WAIT);

    UUID restockId = restock(sku, 2);

    Envelope event = fulfilled.await(e -> e.groupId().equals(orderId.toString()), WAIT);
    assertThat(event.causationId()).isEqualTo(restockId);
    // A restock announces its levels itself, so the shipment it releases carries none.
    assertThat(fulfilled.payloadOf(event, OrderFulfilled.class).stockLevels()).isEmpty();
    // The units arrive, then the backorder moves them to reserved: two levels, in that order.
    await().atMost(WAIT).until(() -> causedBy(stockChanged, restockId) == 2);
    assertThat(levelsCausedBy(restockId))
        .containsExactly(new StockChanged(sku, 3, 0, 2), new StockChanged(sku, 0, 3, 3));
    assertThat(stockRow(sku)).isEqualTo(Map.of("on_hand", 0, "reserved", 3));
    assertThat(
            count(
                "select count(*) from fulfillment.backorder where order_id = ?"
                    + " and status = 'FULFILLED' and fulfilled_at is not null",
                orderId))
        .isOne();
    assertThat(query("select shipment_id from fulfillment.shipment where order_id = ?", orderId))
        .containsExactly(
            Map.of("shipment_id", fulfilled.payloadOf(event, OrderFulfilled.class).shipmentId()));
  }

  @Test
  void the_same_order_created_delivered_twice_takes_effect_once() {
    String sku = counterparts.registeredSku();
    restock(sku, 5);
    UUID orderId = UUID.randomUUID();
    Envelope created = orderCreatedEnvelope(UUID.randomUUID(), orderId, new OrderLine(sku, 2));

    publish(created);
    // the second copy publishes again what the first caused, under the same ids
    publishCopyTheBrokerCannotRecognise(created);

    fulfilled.await(e -> e.groupId().equals(orderId.toString()), WAIT);
    await()
        .during(QUIET)
        .atMost(QUIET.plusSeconds(3))
        .until(
            () ->
                eventsFor(fulfilled, orderId) == 1
                    // the reservation's levels ride on order.fulfilled: no stock.changed of its own
                    && causedBy(stockChanged, created.messageId()) == 0);
    assertThat(stockRow(sku)).isEqualTo(Map.of("on_hand", 3, "reserved", 2));
    assertThat(count("select count(*) from fulfillment.shipment where order_id = ?", orderId))
        .isOne();
    assertThat(
            count(
                "select count(*) from fulfillment.processed_message where message_id = ?",
                created.messageId()))
        .isOne();
  }

  @Test
  void a_second_order_created_for_a_decided_order_changes_nothing() {
    String sku = counterparts.registeredSku();
    restock(sku, 5);
    UUID orderId = UUID.randomUUID();
    publishOrderCreated(orderId, new OrderLine(sku, 1));
    fulfilled.await(e -> e.groupId().equals(orderId.toString()), WAIT);

    UUID secondId = publishOrderCreated(orderId, new OrderLine(sku, 3));

    await()
        .atMost(WAIT)
        .until(
            () ->
                count(
                        "select count(*) from fulfillment.processed_message where message_id = ?",
                        secondId)
                    == 1);
    assertThat(eventsFor(fulfilled, orderId)).isOne();
    assertThat(eventsFor(backordered, orderId)).isZero();
    assertThat(causedBy(stockChanged, secondId)).isZero();
    assertThat(stockRow(sku)).isEqualTo(Map.of("on_hand", 4, "reserved", 1));
    assertThat(count("select count(*) from fulfillment.shipment where order_id = ?", orderId))
        .isOne();
    assertThat(
            count(
                "select count(*) from fulfillment.shipment_line l"
                    + " join fulfillment.shipment s on s.shipment_id = l.shipment_id"
                    + " where s.order_id = ? and l.quantity = 1",
                orderId))
        .isOne();
  }

  @Test
  void concurrent_orders_for_the_last_units_are_never_oversold() {
    String sku = counterparts.registeredSku();
    restock(sku, 10);
    List<UUID> orderIds = Stream.generate(UUID::randomUUID).limit(20).toList();
    Set<String> groups = orderIds.stream().map(UUID::toString).collect(toSet());

    orderIds.forEach(orderId -> publishOrderCreated(orderId, new OrderLine(sku, 1)));

    await()
        .atMost(WAIT)
        .until(() -> decided(fulfilled, groups).size() + decided(backordered, groups).size() == 20);
    Set<String> shipped = decided(fulfilled, groups);
    Set<String> waiting = decided(backordered, groups);
    assertThat(shipped).hasSize(10).doesNotContainAnyElementsOf(waiting);
    assertThat(waiting).hasSize(10);
    assertThat(fulfilled.received()).filteredOn(e -> groups.contains(e.groupId())).hasSize(10);
    assertThat(backordered.received()).filteredOn(e -> groups.contains(e.groupId())).hasSize(10);
    assertThat(stockRow(sku)).isEqualTo(Map.of("on_hand", 0, "reserved", 10));
    assertThat(count("select count(*) from fulfillment.shipment_line where sku = ?", sku))
        .isEqualTo(10);
    assertThat(
            count(
                "select count(*) from fulfillment.backorder_line l"
                    + " join fulfillment.backorder b on b.order_id = l.order_id"
                    + " where l.sku = ? and b.status = 'WAITING'",
                sku))
        .isEqualTo(10);
    // Every reservation is reported once, numbered after the one before: 0..10 reserved, while
    // on hand goes from 10 down to 0 and on hand + reserved stays the 10 restocked.
    await().atMost(WAIT).until(() -> levelsOf(sku).size() == 11);
    assertThat(levelsOf(sku))
        .extracting(StockChanged::reserved)
        .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(0, 10).boxed().toList());
    assertThat(levelsOf(sku))
        .extracting(StockChanged::version)
        .doesNotHaveDuplicates()
        .allSatisfy(version -> assertThat(version).isPositive());
    assertThat(levelsOf(sku))
        .extracting(StockChanged::onHand)
        .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(0, 10).boxed().toList());
    assertThat(levelsOf(sku))
        .allSatisfy(level -> assertThat(level.onHand() + level.reserved()).isEqualTo(10));
  }

  @Test
  void the_events_answering_an_order_carry_its_correlation_and_name_it_as_their_cause() {
    String sku = counterparts.registeredSku();
    restock(sku, 2);
    UUID shippedOrder = UUID.randomUUID();
    UUID waitingOrder = UUID.randomUUID();
    // Each order.created answers an earlier order.create, whose id is the request's correlation.
    Envelope shippable =
        orderCreatedEnvelope(UUID.randomUUID(), shippedOrder, new OrderLine(sku, 2));
    Envelope unshippable =
        orderCreatedEnvelope(UUID.randomUUID(), waitingOrder, new OrderLine(sku, 5));

    publish(shippable);
    Envelope shipment = fulfilled.await(e -> e.groupId().equals(shippedOrder.toString()), WAIT);
    publish(unshippable);
    Envelope backorder = backordered.await(e -> e.groupId().equals(waitingOrder.toString()), WAIT);

    assertAnswers(shippable, shipment);
    assertAnswers(unshippable, backorder);
  }

  private static void assertAnswers(Envelope cause, Envelope event) {
    assertThat(event.correlationId()).isEqualTo(cause.correlationId());
    assertThat(event.causationId()).isEqualTo(cause.messageId());
    assertThat(event.messageId()).isNotIn(cause.messageId(), cause.correlationId());
  }

  /** Sends {@code inventory.restock} as the warehouse would, and waits until it is applied. */
  private UUID restock(String sku, int quantity) {
    UUID commandId = counterparts.sendRestock(sku, quantity);
    restocked.await(e -> e.causationId().equals(commandId), WAIT);
    return commandId;
  }

  /** Publishes {@code order.created} as the order service would, as the first of its request. */
  private UUID publishOrderCreated(UUID orderId, OrderLine... lines) {
    return messaging.send(
        MessageTypes.ORDER_CREATED, orderId.toString(), orderCreated(orderId, lines));
  }

  /** An {@code order.created} caused by the {@code order.create} command {@code requestId}. */
  private Envelope orderCreatedEnvelope(UUID requestId, UUID orderId, OrderLine... lines) {
    return new Envelope(
        MessageTypes.ORDER_CREATED.name(),
        UUID.randomUUID(),
        requestId,
        requestId,
        Instant.now(),
        Envelope.SCHEMA_VERSION,
        orderId.toString(),
        jsonb.toJson(orderCreated(orderId, lines)));
  }

  private void publish(Envelope envelope) {
    messaging.sendRaw(
        messaging.destinationOf(MessageTypes.ORDER_CREATED),
        envelope.body(),
        message -> {
          try {
            JmsEnvelopes.write(envelope, message, true);
          } catch (JMSException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /**
   * The same message again, under a broker duplicate id of its own (as after a resend the broker's
   * duplicate cache no longer covers): only the service's inbox can tell it is a copy.
   */
  private void publishCopyTheBrokerCannotRecognise(Envelope envelope) {
    messaging.sendRaw(
        messaging.destinationOf(MessageTypes.ORDER_CREATED),
        envelope.body(),
        message -> {
          try {
            JmsEnvelopes.write(envelope, message, true);
            message.setStringProperty(
                JmsEnvelopes.DUPLICATE_DETECTION_ID, UUID.randomUUID().toString());
          } catch (JMSException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private static OrderCreated orderCreated(UUID orderId, OrderLine... lines) {
    BigDecimal unitPrice = new BigDecimal("2.50");
    List<PricedLine> priced =
        Arrays.stream(lines)
            .map(
                l ->
                    new PricedLine(
                        l.sku(),
                        "Item " + l.sku(),
                        l.quantity(),
                        unitPrice,
                        unitPrice.multiply(BigDecimal.valueOf(l.quantity()))))
            .toList();
    BigDecimal total =
        priced.stream().map(PricedLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new OrderCreated(orderId, "customer-it", priced, total);
  }

  private List<StockChanged> levelsCausedBy(UUID causeId) {
    return stockChanged.received().stream()
        .filter(e -> e.causationId().equals(causeId))
        .map(e -> stockChanged.payloadOf(e, StockChanged.class))
        .sorted(Comparator.comparingLong(StockChanged::version))
        .toList();
  }

  /**
   * Every level announced for the sku: by {@code stock.changed}, or in an {@code order.fulfilled}.
   */
  private List<StockChanged> levelsOf(String sku) {
    Stream<StockChanged> changed =
        stockChanged.received().stream()
            .filter(e -> e.groupId().equals(sku))
            .map(e -> stockChanged.payloadOf(e, StockChanged.class));
    Stream<StockChanged> leftByShipments =
        fulfilled.received().stream()
            .flatMap(e -> fulfilled.payloadOf(e, OrderFulfilled.class).stockLevelsOrNone().stream())
            .filter(level -> level.sku().equals(sku));
    return Stream.concat(changed, leftByShipments).toList();
  }

  /**
   * Events counted by message id: a message delivered again publishes what it caused again, under
   * the same ids, and consumers take each id once.
   */
  private static long eventsFor(TopicRecorder recorder, UUID orderId) {
    return recorder.received().stream()
        .filter(e -> e.groupId().equals(orderId.toString()))
        .map(Envelope::messageId)
        .distinct()
        .count();
  }

  private static long causedBy(TopicRecorder recorder, UUID causeId) {
    return recorder.received().stream()
        .filter(e -> e.causationId().equals(causeId))
        .map(Envelope::messageId)
        .distinct()
        .count();
  }

  private static Set<String> decided(TopicRecorder recorder, Set<String> orderIds) {
    return recorder.received().stream()
        .map(Envelope::groupId)
        .filter(orderIds::contains)
        .collect(toSet());
  }
}

package io.orderflow.fulfillment.infrastructure.messaging;

import static io.orderflow.fulfillment.infrastructure.messaging.Counterparts.hasStock;
import static io.orderflow.fulfillment.infrastructure.messaging.Counterparts.knows;
import static io.orderflow.fulfillment.infrastructure.messaging.Counterparts.newSku;
import static io.orderflow.fulfillment.infrastructure.messaging.Counterparts.processed;
import static io.orderflow.fulfillment.infrastructure.messaging.Counterparts.stockRow;
import static io.orderflow.testing.TestDatabase.count;
import static io.orderflow.testing.TestDatabase.update;
import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderflow.contracts.messages.CatalogAnnounced;
import io.orderflow.contracts.messages.MessageFailed;
import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.ProductRegistered;
import io.orderflow.contracts.messages.RestockInventory;
import io.orderflow.contracts.messages.RestockRejected;
import io.orderflow.contracts.messages.StockRemoved;
import io.orderflow.messaging.Envelope;
import io.orderflow.messaging.JmsEnvelopes;
import io.orderflow.testing.RealInfrastructure;
import io.orderflow.testing.ServiceArchive;
import io.orderflow.testing.TestBroker;
import io.orderflow.testing.TestMessaging;
import io.orderflow.testing.TopicRecorder;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fulfillment service keeps stock only for registered products, learned from {@code
 * product.registered}: a restock of a sku it does not know waits for the registration over its
 * redeliveries, then is rejected with its reason. The whole catalog, announced when the order
 * service starts, teaches it the products registered before it kept a catalog, and removes the
 * stock of skus outside it. On Payara Micro with the real broker; the test plays the order
 * service's registrations and announcements and the warehouse's restocks.
 */
@ExtendWith(RealInfrastructure.class)
@ExtendWith(ArquillianExtension.class)
class StockOnlyForRegisteredProductsIT {

  /** Below the test broker's deliveries of a restock, as production's 8 is below its 10. */
  private static final int REJECT_AT_DELIVERY = TestBroker.RESTOCK_DELIVERY_ATTEMPTS - 1;

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Duration QUIET = Duration.ofSeconds(2);

  private TestMessaging messaging;
  private Counterparts counterparts;
  private TopicRecorder restocked;
  private TopicRecorder rejected;
  private TopicRecorder failed;
  private TopicRecorder removed;

  @Deployment(testable = false)
  static WebArchive fulfillmentService() {
    return ServiceArchive.ofThisModule("fulfillment-service")
        .addAsResource(
            new StringAsset("orderflow.unknown-sku-restock-attempts=" + REJECT_AT_DELIVERY),
            "META-INF/microprofile-config.properties");
  }

  @BeforeEach
  void listenToWhatFulfillmentPublishes() {
    messaging = new TestMessaging();
    counterparts = new Counterparts(messaging);
    restocked = messaging.record(MessageTypes.STOCK_RESTOCKED);
    rejected = messaging.record(MessageTypes.STOCK_RESTOCK_REJECTED);
    failed = messaging.record(MessageTypes.MESSAGE_FAILED);
    removed = messaging.record(MessageTypes.STOCK_REMOVED);
  }

  @AfterEach
  void close() throws Exception {
    restocked.close();
    rejected.close();
    failed.close();
    removed.close();
    messaging.close();
  }

  @Test
  void a_restock_of_a_registered_product_is_applied_at_its_first_delivery_and_only_once() {
    String sku = counterparts.registeredSku();
    Envelope restock = restockEnvelope(sku, 7);

    messaging.send(restock);
    messaging.sendCopyTheBrokerCannotRecognise(restock);

    restocked.await(causedBy(restock.messageId()), WAIT);
    await()
        .during(QUIET)
        .atMost(QUIET.plusSeconds(3))
        .until(() -> distinctCausedBy(restocked, restock.messageId()) == 1);
    assertThat(stockRow(sku)).isEqualTo(Map.of("on_hand", 7, "reserved", 0));
    assertThat(failedAttemptsOf(restock.messageId())).isEmpty();
  }

  @Test
  void a_restock_that_overtakes_its_registration_is_applied_once_the_registration_arrives() {
    String sku = newSku();
    UUID restockId = counterparts.sendRestock(sku, 4);
    failed.await(e -> isAttempt(e, restockId, 1), WAIT);
    assertThat(hasStock(sku)).as("stock before the registration").isFalse();

    counterparts.register(sku);

    restocked.await(causedBy(restockId), WAIT);
    assertThat(stockRow(sku)).isEqualTo(Map.of("on_hand", 4, "reserved", 0));
    assertThat(rejected.received()).noneMatch(causedBy(restockId));
    assertThat(failedAttemptsOf(restockId))
        .isNotEmpty()
        .allSatisfy(
            attempt ->
                assertThat(attempt.exceptionMessage())
                    .startsWith("sku " + sku + " is not registered (yet); delivery "));
  }

  @Test
  void a_restock_of_a_sku_never_registered_is_rejected_with_its_reason_and_creates_no_stock() {
    String sku = newSku();
    UUID restockId = counterparts.sendRestock(sku, 5);

    Envelope rejection = rejected.await(causedBy(restockId), WAIT);

    assertThat(rejected.payloadOf(rejection, RestockRejected.class))
        .isEqualTo(
            new RestockRejected(
                sku,
                5,
                "sku "
                    + sku
                    + " is not a registered product: no product.registered arrived in "
                    + REJECT_AT_DELIVERY
                    + " deliveries of the restock"));
    assertThat(rejection.groupId()).isEqualTo(sku);
    // every delivery before the last waited, and each is on record with its reason
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(failedAttemptsOf(restockId))
                    .extracting(MessageFailed::attempt)
                    .containsExactlyElementsOf(
                        IntStream.range(1, REJECT_AT_DELIVERY).boxed().toList()));
    assertThat(hasStock(sku)).isFalse();
    assertThat(processed(restockId)).as("the restock is decided").isTrue();
    assertThat(messaging.parkedFrom(MessageTypes.INVENTORY_RESTOCK.name()))
        .as("a rejected restock is not a dead letter")
        .noneMatch(parked -> restockId.toString().equals(parked.property(JmsEnvelopes.MESSAGE_ID)));
    assertThat(restocked.received()).noneMatch(causedBy(restockId));
  }

  @Test
  void a_rejected_restock_delivered_again_is_neither_applied_nor_rejected_again() {
    String sku = newSku();
    Envelope restock = restockEnvelope(sku, 3);
    messaging.send(restock);
    rejected.await(causedBy(restock.messageId()), WAIT);
    // even once the sku is registered: the restock was decided
    counterparts.register(sku);
    await().atMost(WAIT).until(() -> knows(sku));

    messaging.sendCopyTheBrokerCannotRecognise(restock);

    await()
        .during(QUIET)
        .atMost(QUIET.plusSeconds(3))
        .until(
            () ->
                distinctCausedBy(rejected, restock.messageId()) == 1
                    && restocked.received().stream().noneMatch(causedBy(restock.messageId())));
    assertThat(hasStock(sku)).isFalse();
  }

  @Test
  void fulfillment_consumes_the_subscriptions_the_broker_declares_for_it() {
    for (String subscription :
        List.of("fulfillment.product.registered", "fulfillment.catalog.announced")) {
      String declared = TestBroker.queueOfSubscription(subscription);

      await(subscription).atMost(WAIT).until(() -> TestBroker.consumersOf(declared) > 0);
    }
  }

  @Test
  void a_registration_delivered_again_or_repeated_is_learned_once() {
    String sku = newSku();
    Envelope registration =
        messaging.envelope(
            MessageTypes.PRODUCT_REGISTERED,
            sku,
            new ProductRegistered(sku, "Lamp", new BigDecimal("45.00")),
            UUID.randomUUID());

    messaging.send(registration);
    messaging.sendCopyTheBrokerCannotRecognise(registration);
    // the order service registers a product again when its name or price changes
    UUID renamed = counterparts.register(sku);

    await().atMost(WAIT).until(() -> processed(registration.messageId()) && processed(renamed));
    assertThat(count("select count(*) from fulfillment.catalog_product where sku = ?", sku))
        .isOne();
  }

  @Test
  void the_announced_catalog_is_learned_and_the_stock_of_skus_outside_it_is_removed() {
    // stock that restocks created before fulfillment kept a catalog
    String registeredBefore = newSku();
    String neverRegistered = newSku();
    String reservedButUnregistered = newSku();
    stockAsBeforeTheCatalog(registeredBefore, 10, 0, 1);
    stockAsBeforeTheCatalog(neverRegistered, 50, 0, 1);
    stockAsBeforeTheCatalog(reservedButUnregistered, 1, 2, 3);
    String registered = counterparts.registeredSku();
    Envelope announcement =
        messaging.envelope(
            MessageTypes.CATALOG_ANNOUNCED,
            "catalog",
            new CatalogAnnounced(List.of(registered, registeredBefore)),
            UUID.randomUUID());

    messaging.send(announcement);

    Envelope removal = removed.await(e -> e.groupId().equals(neverRegistered), WAIT);
    assertThat(removed.payloadOf(removal, StockRemoved.class))
        .isEqualTo(
            new StockRemoved(
                neverRegistered, 50, 1, "not a registered product: absent from the catalog"));
    assertThat(removal.causationId()).isEqualTo(announcement.messageId());
    assertThat(hasStock(neverRegistered)).isFalse();
    assertThat(knows(registeredBefore)).isTrue();
    assertThat(stockRow(registeredBefore)).isEqualTo(Map.of("on_hand", 10, "reserved", 0));
    assertThat(stockRow(reservedButUnregistered))
        .as("stock reserved for shipments stays")
        .isEqualTo(Map.of("on_hand", 1, "reserved", 2));
    assertThat(removed.received()).noneMatch(e -> e.groupId().equals(registeredBefore));

    // a restock of a sku learned from the announcement is applied at once
    UUID restockId = counterparts.sendRestock(registeredBefore, 5);
    restocked.await(causedBy(restockId), WAIT);
    assertThat(stockRow(registeredBefore)).isEqualTo(Map.of("on_hand", 15, "reserved", 0));
    assertThat(failedAttemptsOf(restockId)).isEmpty();
  }

  @Test
  void an_announcement_delivered_again_or_repeated_removes_nothing_more() {
    String neverRegistered = newSku();
    stockAsBeforeTheCatalog(neverRegistered, 8, 0, 2);
    Envelope announcement =
        messaging.envelope(
            MessageTypes.CATALOG_ANNOUNCED,
            "catalog",
            new CatalogAnnounced(List.of()),
            UUID.randomUUID());
    messaging.send(announcement);
    removed.await(e -> e.groupId().equals(neverRegistered), WAIT);

    messaging.sendCopyTheBrokerCannotRecognise(announcement);
    UUID nextStart =
        messaging.send(MessageTypes.CATALOG_ANNOUNCED, "catalog", new CatalogAnnounced(List.of()));

    await().atMost(WAIT).until(() -> processed(nextStart));
    await()
        .during(QUIET)
        .atMost(QUIET.plusSeconds(3))
        .until(
            () ->
                removed.received().stream()
                        .filter(e -> e.groupId().equals(neverRegistered))
                        .map(Envelope::messageId)
                        .distinct()
                        .count()
                    == 1);
    assertThat(hasStock(neverRegistered)).isFalse();
  }

  /** A stock row as a restock of an unchecked sku left it, with no catalog row for its sku. */
  private static void stockAsBeforeTheCatalog(String sku, int onHand, int reserved, long version) {
    update(
        "insert into fulfillment.stock (sku, on_hand, reserved, version) values (?, ?, ?, ?)",
        sku,
        onHand,
        reserved,
        version);
  }

  private Envelope restockEnvelope(String sku, int quantity) {
    return messaging.envelope(
        MessageTypes.INVENTORY_RESTOCK,
        sku,
        new RestockInventory(sku, quantity),
        UUID.randomUUID());
  }

  /** The failed deliveries recorded for a message, one per attempt (a record may repeat). */
  private List<MessageFailed> failedAttemptsOf(UUID messageId) {
    return failed.received().stream()
        .map(e -> failed.payloadOf(e, MessageFailed.class))
        .filter(f -> messageId.toString().equals(f.messageId()))
        .collect(toMap(MessageFailed::attempt, f -> f, (first, again) -> first, TreeMap::new))
        .values()
        .stream()
        .toList();
  }

  private boolean isAttempt(Envelope event, UUID messageId, int attempt) {
    MessageFailed failure = failed.payloadOf(event, MessageFailed.class);
    return messageId.toString().equals(failure.messageId()) && failure.attempt() == attempt;
  }

  private static Predicate<Envelope> causedBy(UUID causeId) {
    return e -> e.causationId().equals(causeId);
  }

  /** Counted by message id: a message delivered again publishes the same ids again. */
  private static long distinctCausedBy(TopicRecorder recorder, UUID causeId) {
    return recorder.received().stream()
        .filter(causedBy(causeId))
        .map(Envelope::messageId)
        .distinct()
        .count();
  }
}

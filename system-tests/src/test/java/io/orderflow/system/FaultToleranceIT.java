package io.orderflow.system;

import static io.orderflow.system.Platform.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The promise to admins and integrators, under crashes: an order that got {@code 202 Accepted} is
 * never lost and never applied twice. While a steady load of orders and restocks runs, the
 * application server and the broker are each killed with {@code kill -9} three times and PostgreSQL
 * is restarted once; each time the platform is brought back as a user would, with {@code
 * ./orderflow start}.
 */
class FaultToleranceIT {

  private static final List<String> PLENTIFUL = List.of("BOOK-EIP", "TSHIRT-M", "STICKER-PACK");
  private static final List<String> SCARCE = List.of("KEYBOARD-65", "LAMP-DESK");
  private static final int ORDERS_PER_SECOND = 40;

  @BeforeAll
  static void platformIsUp() {
    Assumptions.assumeTrue(
        PlatformProcesses.canRestartPostgres(),
        "the fault suite restarts the local PostgreSQL cluster: it needs root on a Debian machine");
    await("the seeded catalog")
        .atMost(Duration.ofMinutes(2))
        .until(() -> number("select count(*) from views.product_view") >= 8);
  }

  @Test
  void no_accepted_order_is_lost_or_applied_twice_when_server_broker_and_database_fail()
      throws Exception {
    List<String> everySku = new ArrayList<>(PLENTIFUL);
    everySku.addAll(SCARCE);
    Stockroom stockroom = new Stockroom(everySku);
    Map<String, Long> stockBefore = stockroom.totals();
    Map<String, Integer> parkedBefore = PlatformProcesses.parkedMessages();

    Instant lastFaultRecovered;
    try (LoadDriver load = new LoadDriver(everySku, SCARCE);
        StallWatch stalls = new StallWatch(Duration.ofMinutes(2))) {
      load.start(ORDERS_PER_SECOND);
      lastFaultRecovered = injectFaults();
      LoadDriver.sleep(Duration.ofSeconds(5));
      load.close();
      try {
        load.confirmRestocks();
      } catch (IllegalStateException refusedToTheEnd) {
        throw new AssertionError(stateOf(load), refusedToTheEnd);
      }

      try {
        awaitEveryAcceptedOrderDecided(load);
      } catch (ConditionTimeoutException e) {
        AssertionError failure = new AssertionError(stateOf(load), e);
        leaveNoDemandWaiting(stockroom, failure);
        throw failure;
      }
      Duration convergedAfterLastFault = Duration.between(lastFaultRecovered, Instant.now());
      Map<String, Integer> released = stockroom.restockWhatTheBackordersWait();
      try {
        awaitEveryAcceptedOrderFulfilled(load);
      } catch (ConditionTimeoutException e) {
        throw new AssertionError(stateOf(load), e);
      }

      Map<String, Integer> restocked = load.restockedPerSku();
      released.forEach((sku, quantity) -> restocked.merge(sku, quantity, Integer::sum));
      try {
        stockroom.assertAddsUp(stockBefore, restocked, Duration.ofMinutes(5));
      } catch (ConditionTimeoutException e) {
        throw new AssertionError(stateOf(load), e);
      }
      Duration stockAddedUpAfterLastFault = Duration.between(lastFaultRecovered, Instant.now());

      long lost = load.accepted.size() - countIn("views.order_summary", load);
      long duplicated = duplicatedEffects();
      System.out.printf(
          "%nFAULT SUITE: accepted orders %d, refused %d (while a part was down; by status %s), "
              + "unanswered %d, restocks %d; final statuses %s; lost = %d, duplicated effects = %d; "
              + "views converged %d ms after the last fault, every restock applied after %d ms%n%n",
          load.accepted.size(),
          load.refused.get(),
          load.refusedByStatus,
          load.unanswered.get(),
          load.restocks.size(),
          finalStatuses(load),
          lost,
          duplicated,
          convergedAfterLastFault.toMillis(),
          stockAddedUpAfterLastFault.toMillis());

      assertThat(load.accepted).as("orders accepted during the faults").hasSizeGreaterThan(1000);
      assertThat(lost).as("accepted orders missing from the views").isZero();
      assertThat(load.refusedByStatus)
          .as("a route that exists answered 404 while a part restarted: clients take it as final")
          .doesNotContainKey(404);
      assertThat(duplicated).as("effects applied twice").isZero();
      assertOneEffectPerServiceFor(load);
      assertThat(PlatformProcesses.parkedMessages())
          .as("dead-letter queues hold nothing new: no message was given up on")
          .isEqualTo(parkedBefore);
    }
  }

  /** Three server kills, three broker kills and a database restart, at seeded random moments. */
  private static Instant injectFaults() {
    Random random = new Random(2026);
    List<Runnable> faults =
        List.of(
            PlatformProcesses::killServer,
            PlatformProcesses::killBroker,
            PlatformProcesses::restartPostgres,
            PlatformProcesses::killServer,
            PlatformProcesses::killBroker,
            PlatformProcesses::killServer,
            PlatformProcesses::killBroker);
    for (Runnable fault : faults) {
      LoadDriver.sleep(Duration.ofMillis(3_000 + random.nextInt(7_000)));
      fault.run();
      PlatformProcesses.start();
    }
    return Instant.now();
  }

  private static void awaitEveryAcceptedOrderDecided(LoadDriver load) {
    // a delivery that failed during the last outage may wait up to a minute for its next attempt
    await("every accepted order decided in the views")
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () ->
                countIn(
                        "views.order_summary",
                        load,
                        "status in ('FULFILLED', 'BACKORDERED', 'REJECTED')")
                    == load.accepted.size());
  }

  private static void awaitEveryAcceptedOrderFulfilled(LoadDriver load) {
    await("every accepted order fulfilled once its stock arrived")
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                countIn("views.order_summary", load, "status = 'FULFILLED'")
                    == load.accepted.size());
  }

  private static void assertOneEffectPerServiceFor(LoadDriver load) {
    int accepted = load.accepted.size();
    assertThat(countIn("orders.customer_order", load))
        .as("orders, one row each")
        .isEqualTo(accepted);
    assertThat(countIn("fulfillment.shipment", load)).as("shipments, one each").isEqualTo(accepted);
    assertThat(countIn("views.order_summary", load)).as("summaries, one each").isEqualTo(accepted);
  }

  /** Rows that exist more than once where the platform promises one: there is no such row. */
  private static long duplicatedEffects() {
    return number(
            "select count(*) from (select order_id from fulfillment.shipment"
                + " group by order_id having count(*) > 1) twice")
        + number(
            "select count(*) from (select order_id from fulfillment.backorder"
                + " group by order_id having count(*) > 1) twice")
        + number(
            "select count(*) from (select order_id, count(*) from views.order_timeline"
                + " where type = 'order.created' group by order_id having count(*) > 1) twice");
  }

  /**
   * The tests that run later share this database: backorders left waiting by a failed run would
   * take their restocks first.
   */
  private static void leaveNoDemandWaiting(Stockroom stockroom, AssertionError failure) {
    try {
      stockroom.restockWhatTheBackordersWait();
    } catch (RuntimeException | Error e) {
      failure.addSuppressed(e);
    }
  }

  /** What a person needs to start looking when the views do not converge. */
  private static String stateOf(LoadDriver load) {
    List<List<Object>> undecided = undecidedOrders(load);
    Path diagnostics = PlatformProcesses.captureDiagnostics("fault-suite");
    return String.format(
        "accepted %d; statuses in the views %s; missing from the views %d; shipments %d,"
            + " backorders %d; parked messages %s; undecided orders and how far each got: %s;"
            + " queues, server threads and logs in %s",
        load.accepted.size(),
        finalStatuses(load),
        load.accepted.size() - countIn("views.order_summary", load),
        countIn("fulfillment.shipment", load),
        countIn("fulfillment.backorder", load),
        PlatformProcesses.parkedMessages(),
        undecided,
        undecided.isEmpty() ? List.of() : messageTrail((UUID) undecided.get(0).get(0)),
        diagnostics);
  }

  /** Each accepted order not final in the views, with what each service holds of it. */
  private static List<List<Object>> undecidedOrders(LoadDriver load) {
    return Platform.rows(
        "select a.id, o.status as order_service, o.placed_at,"
            + " exists (select 1 from fulfillment.shipment s where s.order_id = a.id) as shipped,"
            + " exists (select 1 from fulfillment.backorder b where b.order_id = a.id) as backordered,"
            + " v.status as view"
            + " from unnest(?::uuid[]) as a(id)"
            + " left join orders.customer_order o on o.order_id = a.id"
            + " left join views.order_summary v on v.order_id = a.id"
            + " where v.status is null or v.status not in ('FULFILLED', 'BACKORDERED', 'REJECTED')"
            + " limit 20",
        (Object) load.accepted.keySet().toArray(UUID[]::new));
  }

  /**
   * Every message of the order's request that a service handled, in the order they were handled,
   * with what each published and every failed attempt: where the chain stopped, and when.
   */
  private static List<List<Object>> messageTrail(UUID orderId) {
    String request = "(select correlation_id from request)";
    return Platform.rows(
        "with request as (select correlation_id from orders.processed_message"
            + " where type = 'order.create' and published like '%' || ? || '%' limit 1)"
            + " select * from ("
            + " select 'orders' as service, type, message_id::text, processed_at as at, published"
            + " from orders.processed_message where correlation_id = "
            + request
            + " union all select 'fulfillment', type, message_id::text, processed_at, published"
            + " from fulfillment.processed_message where correlation_id = "
            + request
            + " union all select 'views', type, message_id::text, processed_at, null"
            + " from views.processed_message where correlation_id = "
            + request
            + " union all select 'failed at ' || origin, type, message_id,"
            + " failed_at, exception_class || ': ' || left(exception_message, 200)"
            + " from views.message_failure where correlation_id = "
            + request
            + "::text) trail order by at",
        orderId.toString());
  }

  private static String finalStatuses(LoadDriver load) {
    return Platform.rows(
            "select status, count(*) from views.order_summary where order_id = any(?)"
                + " group by status order by status",
            (Object) load.accepted.keySet().toArray(UUID[]::new))
        .stream()
        .map(row -> row.get(0) + "=" + row.get(1))
        .collect(Collectors.joining(", "));
  }

  private static long countIn(String table, LoadDriver load) {
    return countIn(table, load, "true");
  }

  private static long countIn(String table, LoadDriver load, String condition) {
    return number(
        "select count(*) from " + table + " where order_id = any(?) and " + condition,
        (Object) load.accepted.keySet().toArray(UUID[]::new));
  }
}

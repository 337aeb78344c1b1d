package io.orderflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.orderflow.bench.LedgerEntry.Outcome;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The load driver against a stand-in for the order API (a real HTTP server on the loopback that
 * answers as told): refusals are retried under the same order id, errors are counted, and a paced
 * run keeps its schedule however slowly the server answers.
 */
class LoadDriverTest {

  private static final Pattern ORDER_ID = Pattern.compile("\"orderId\":\"([0-9a-f-]+)\"");

  private final ExecutorService callbacks = Executors.newFixedThreadPool(4);
  private final ExecutorService serverThreads = Executors.newCachedThreadPool();
  private final Map<String, AtomicInteger> postsPerOrder = new ConcurrentHashMap<>();
  private HttpServer server;

  @AfterEach
  void stop() {
    server.stop(0);
    serverThreads.shutdownNow();
    callbacks.shutdownNow();
  }

  @Test
  void a_refused_order_is_sent_again_under_its_id_after_retry_after() {
    OrderLedger ledger = OrderLedger.plan(6, List.of("A-1", "B-2"));
    OrderflowApi api =
        serve(
            (exchange, attempt) -> {
              if (attempt == 1) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                return 429;
              }
              return 202;
            });

    new LoadDriver(api, ledger, callbacks).closedLoop(3);

    assertThat(ledger.accepted()).isEqualTo(6);
    assertThat(ledger.refusals(429)).isEqualTo(6);
    assertThat(ledger.failed()).isZero();
    for (LedgerEntry order : ledger.entries()) {
      assertThat(postsPerOrder.get(order.orderId.toString())).hasValue(2);
      assertThat(order.attempts).isEqualTo(2);
      assertThat(order.acceptedAt - order.sentAt)
          .as("waited Retry-After before sending again")
          .isGreaterThanOrEqualTo(1_000_000);
    }
  }

  @Test
  void an_error_answer_is_counted_by_status_and_not_retried() {
    OrderLedger ledger = OrderLedger.plan(4, List.of("A-1"));
    OrderflowApi api = serve((exchange, attempt) -> 500);

    new LoadDriver(api, ledger, callbacks).closedLoop(2);

    assertThat(ledger.accepted()).isZero();
    assertThat(ledger.errors()).isEqualTo(Map.of("HTTP 500", 4L));
    assertThat(ledger.entries())
        .allSatisfy(
            order -> {
              assertThat(order.outcome).isEqualTo(Outcome.FAILED);
              assertThat(order.attempts).isEqualTo(1);
            });
  }

  @Test
  void a_paced_run_sends_on_schedule_however_slowly_the_server_answers() {
    int rate = 50;
    OrderLedger ledger = OrderLedger.plan(20, List.of("A-1"));
    OrderflowApi api =
        serve(
            (exchange, attempt) -> {
              sleep(Duration.ofMillis(300));
              return 202;
            });

    new LoadDriver(api, ledger, callbacks).openLoop(rate, 100);

    assertThat(ledger.accepted()).isEqualTo(20);
    List<LedgerEntry> orders = ledger.entries();
    for (int i = 0; i < orders.size(); i++) {
      LedgerEntry order = orders.get(i);
      assertThat(order.scheduledAt - orders.get(0).scheduledAt)
          .as("slot of order %d", i)
          .isEqualTo(i * 1_000_000L / rate);
      assertThat(order.sentAt - order.scheduledAt)
          .as("order %d sent in its slot, not after the earlier answers", i)
          .isLessThan(100_000);
      assertThat(order.acceptedAt - order.scheduledAt).isGreaterThanOrEqualTo(300_000);
    }
  }

  /** How the stand-in answers a POST: the status, given the attempt for that order id (1, 2...). */
  private interface Answer {
    int status(HttpExchange exchange, int attempt);
  }

  private OrderflowApi serve(Answer answer) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.setExecutor(serverThreads);
    server.createContext(
        "/api/orders",
        exchange -> {
          String body = new String(exchange.getRequestBody().readAllBytes());
          Matcher orderId = ORDER_ID.matcher(body);
          int attempt =
              orderId.find()
                  ? postsPerOrder
                      .computeIfAbsent(orderId.group(1), id -> new AtomicInteger())
                      .incrementAndGet()
                  : 0;
          exchange.sendResponseHeaders(answer.status(exchange, attempt), -1);
          exchange.close();
        });
    server.start();
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    return new OrderflowApi(
        base, Duration.ofSeconds(5), callbacks, new DevCredentials.Credential("bench", "secret"));
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package io.orderflow.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A steady stream of orders over HTTP, with now and then a restock, that keeps going whatever
 * fails. It remembers exactly which orders were accepted (202) and every restock it tried, so that
 * the test can tell what the platform promised.
 */
final class LoadDriver implements AutoCloseable {

  record Order(UUID orderId, String sku, int quantity) {}

  record Restock(UUID restockId, String sku, int quantity) {}

  private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(15);

  private final List<String> skus;
  private final List<String> restockedSkus;
  private final Random random = new Random(7);
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final String authorization = Platform.user("staff").basicAuthorization();
  private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
  private final ExecutorService clients = Executors.newFixedThreadPool(32);

  final Map<UUID, Order> accepted = new ConcurrentHashMap<>();
  final Map<UUID, Restock> restocks = new ConcurrentHashMap<>();
  private final Map<UUID, Restock> restocksUnconfirmed = new ConcurrentHashMap<>();
  final AtomicInteger refused = new AtomicInteger();
  final AtomicInteger unanswered = new AtomicInteger();

  /** Refusals by status: a route that exists must never answer 404, even while a part restarts. */
  final Map<Integer, AtomicInteger> refusedByStatus = new ConcurrentHashMap<>();

  private final AtomicInteger ticks = new AtomicInteger();

  LoadDriver(List<String> skus, List<String> restockedSkus) {
    this.skus = skus;
    this.restockedSkus = restockedSkus;
  }

  void start(int ordersPerSecond) {
    clock.scheduleAtFixedRate(
        () -> clients.submit(this::next), 0, 1_000_000 / ordersPerSecond, TimeUnit.MICROSECONDS);
  }

  /** Every 25th request restocks a scarce sku; the rest place orders of one line. */
  private void next() {
    int tick = ticks.incrementAndGet();
    if (tick % 25 == 0) {
      String sku = restockedSkus.get(random.nextInt(restockedSkus.size()));
      restock(new Restock(UUID.randomUUID(), sku, 1 + random.nextInt(10)));
    } else {
      place(
          new Order(
              UUID.randomUUID(), skus.get(random.nextInt(skus.size())), 1 + random.nextInt(3)));
    }
  }

  private void place(Order order) {
    String body =
        OrderFlowIT.orderJson(order.orderId(), "fault-suite", order.sku(), order.quantity());
    int status = post("/api/orders", body);
    if (status == 202) {
      accepted.put(order.orderId(), order);
    } else if (status > 0) {
      refused.incrementAndGet();
      refusedByStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    } else {
      unanswered.incrementAndGet();
    }
  }

  private void restock(Restock restock) {
    restocks.put(restock.restockId(), restock);
    int status = post(restockPath(restock), restockJson(restock));
    if (status != 202) {
      restocksUnconfirmed.put(restock.restockId(), restock);
      if (status > 0) {
        refusedByStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
      }
    }
  }

  /**
   * Sends every restock whose answer was not a 202 again, under its id, until it is accepted: one
   * that did get through the first time is dropped as a repeat, so each counts exactly once.
   */
  void confirmRestocks() {
    for (Restock restock : restocksUnconfirmed.values()) {
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (post(restockPath(restock), restockJson(restock)) != 202) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("restock never accepted: " + restock);
        }
        sleep(Duration.ofSeconds(1));
      }
    }
    restocksUnconfirmed.clear();
  }

  /** Units restocked per sku, counting every restock tried (each is confirmed before this). */
  Map<String, Integer> restockedPerSku() {
    Map<String, Integer> restocked = new java.util.HashMap<>();
    restocks.values().forEach(r -> restocked.merge(r.sku(), r.quantity(), Integer::sum));
    return restocked;
  }

  /** The status code, or 0 when no answer came (refused connection, reset, time-out). */
  private int post(String path, String body) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(Platform.BASE_URL + path))
              .timeout(ANSWER_TIMEOUT)
              .header("Content-Type", "application/json")
              .header("Authorization", authorization)
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (java.io.IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  private static String restockPath(Restock restock) {
    return "/api/inventory/" + restock.sku() + "/restock";
  }

  private static String restockJson(Restock restock) {
    return "{\"quantity\": %d, \"restockId\": \"%s\"}"
        .formatted(restock.quantity(), restock.restockId());
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops sending and waits for the requests under way. */
  @Override
  public void close() throws InterruptedException {
    clock.shutdownNow();
    clients.shutdown();
    clients.awaitTermination(1, TimeUnit.MINUTES);
  }
}

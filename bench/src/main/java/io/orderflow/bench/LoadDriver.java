package io.orderflow.bench;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends the orders of a ledger, either as a closed loop (a fixed number of requests in flight, the
 * next sent as soon as one is answered: saturation) or as an open loop (one order every 1/rate
 * seconds whatever the answers: a paced load).
 *
 * <p>In the open loop each order keeps the time it was due, so a platform that answers slowly
 * cannot slow the load down and hide its own lag (coordinated omission): an order that had to wait
 * for a free slot is still measured from its slot.
 *
 * <p>A 429 or 503 is a refusal, not an error: the driver waits as long as Retry-After says and
 * sends the same order, with the same id, again.
 */
final class LoadDriver {

  /** When a refusal names no Retry-After. */
  private static final long DEFAULT_RETRY_AFTER_MILLIS = 1_000;

  /** Refusals of one order after which it counts as failed. */
  private static final int MAX_ATTEMPTS = 30;

  private final OrderflowApi api;
  private final OrderLedger ledger;
  private final Executor callbacks;

  LoadDriver(OrderflowApi api, OrderLedger ledger, Executor callbacks) {
    this.api = api;
    this.ledger = ledger;
    this.callbacks = callbacks;
  }

  /** {@code concurrency} lanes, each sending its next order once the previous one is answered. */
  void closedLoop(int concurrency) {
    CompletableFuture<?>[] lanes = new CompletableFuture<?>[concurrency];
    for (int i = 0; i < concurrency; i++) {
      CompletableFuture<Void> lane = new CompletableFuture<>();
      lanes[i] = lane;
      sendNext(lane);
    }
    CompletableFuture.allOf(lanes).join();
  }

  private void sendNext(CompletableFuture<Void> lane) {
    LedgerEntry order = ledger.next();
    if (order == null) {
      lane.complete(null);
      return;
    }
    order.scheduledAt = WallClock.micros();
    // async: an order that fails at once must not send the next one from deeper in this stack
    place(order).whenCompleteAsync((ignored, failure) -> sendNext(lane), callbacks);
  }

  /**
   * Order i is due at start + i / rate. The pacing thread sleeps until then and sends without
   * waiting for earlier answers; at most {@code maxInFlight} orders are under way, beyond that an
   * order waits for a slot (and its wait counts against the platform).
   */
  void openLoop(int ratePerSecond, int maxInFlight) {
    Semaphore slots = new Semaphore(maxInFlight);
    long startNanos = System.nanoTime();
    long startMicros = WallClock.micros();
    for (long i = 0; ; i++) {
      LedgerEntry order = ledger.next();
      if (order == null) {
        break;
      }
      long dueNanos = i * 1_000_000_000L / ratePerSecond;
      for (long wait; (wait = startNanos + dueNanos - System.nanoTime()) > 0; ) {
        LockSupport.parkNanos(wait);
      }
      order.scheduledAt = startMicros + dueNanos / 1_000;
      slots.acquireUninterruptibly();
      place(order).whenComplete((ignored, failure) -> slots.release());
    }
    slots.acquireUninterruptibly(maxInFlight); // every order answered
  }

  /** Completes once the order is accepted or has failed; refusals are retried under the hood. */
  private CompletableFuture<Void> place(LedgerEntry order) {
    CompletableFuture<Void> answered = new CompletableFuture<>();
    attempt(order, answered);
    return answered;
  }

  private void attempt(LedgerEntry order, CompletableFuture<Void> answered) {
    ledger.attempting(order, WallClock.micros());
    // Runs on the client's thread that completes the response: the 202 is timed with no hand-off.
    api.placeOrder(order)
        .whenComplete(
            (response, failure) -> {
              long now = WallClock.micros();
              if (failure != null) {
                ledger.failed(order, describe(failure));
                answered.complete(null);
              } else if (response.statusCode() / 100 == 2) {
                ledger.accepted(order, now);
                answered.complete(null);
              } else if (isRefusal(response.statusCode()) && order.attempts < MAX_ATTEMPTS) {
                ledger.refused(response.statusCode());
                CompletableFuture.delayedExecutor(
                        retryAfterMillis(response), TimeUnit.MILLISECONDS, callbacks)
                    .execute(() -> attempt(order, answered));
              } else {
                ledger.failed(order, "HTTP " + response.statusCode());
                answered.complete(null);
              }
            });
  }

  private static boolean isRefusal(int status) {
    return status == 429 || status == 503;
  }

  /** Retry-After in seconds; an HTTP date or nothing means the default. */
  private static long retryAfterMillis(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Retry-After")
        .filter(value -> value.strip().matches("\\d{1,6}"))
        .map(value -> Long.parseLong(value.strip()) * 1_000)
        .orElse(DEFAULT_RETRY_AFTER_MILLIS);
  }

  private static String describe(Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    return cause instanceof HttpTimeoutException ? "timeout" : cause.getClass().getSimpleName();
  }
}

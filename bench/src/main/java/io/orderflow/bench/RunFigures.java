package io.orderflow.bench;

import io.orderflow.bench.LedgerEntry.Outcome;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * The figures of one measured run, computed from its ledger. Times are in milliseconds, rates in
 * orders per second.
 *
 * @param planned orders the run was to send
 * @param sent orders sent at least once
 * @param accepted orders answered 202
 * @param failed orders answered with an error, timed out, or refused {@code 30} times
 * @param finished accepted orders final in the view
 * @param unfinished accepted orders not final when the bench stopped waiting
 * @param refused429 429 answers (each retried after Retry-After)
 * @param refused503 503 answers (each retried after Retry-After)
 * @param errors failed orders by kind ("HTTP 500", "timeout", ...)
 * @param acceptedPerSecond accepted / (last 202 - first send)
 * @param endToEndPerSecond finished / (last final_at - first send): the sustained throughput
 * @param response from the time an order was due to its 202
 * @param lag from the 202 to final_at: how far the view trails the API's promise
 * @param endToEnd from the time an order was due to final_at
 * @param sendDelay from the time an order was due to its first send: the driver's own lateness
 * @param negativeLags orders final in the view before their 202 arrived (counted as 0 lag)
 * @param finalStatuses final orders by status
 * @param driverCpuSeconds CPU the bench process used during the run
 * @param platformCpuSeconds CPU each part used during the run (payara, artemis, postgres, driver),
 *     from {@code /proc}; empty where it cannot be read
 * @param seconds from the first send to the last final_at (or the last 202 if none is final)
 */
public record RunFigures(
    long planned,
    long sent,
    long accepted,
    long failed,
    long finished,
    long unfinished,
    long refused429,
    long refused503,
    Map<String, Long> errors,
    double acceptedPerSecond,
    double endToEndPerSecond,
    Latency response,
    Latency lag,
    Latency endToEnd,
    Latency sendDelay,
    long negativeLags,
    Map<String, Long> finalStatuses,
    double driverCpuSeconds,
    Map<String, Double> platformCpuSeconds,
    double seconds) {

  /** Percentiles of a latency, in milliseconds (HdrHistogram, 3 significant digits). */
  public record Latency(long count, double p50, double p95, double p99, double max) {

    static Latency of(Histogram histogram) {
      return new Latency(
          histogram.getTotalCount(),
          millis(histogram.getValueAtPercentile(50)),
          millis(histogram.getValueAtPercentile(95)),
          millis(histogram.getValueAtPercentile(99)),
          millis(histogram.getMaxValue()));
    }

    private static double millis(long micros) {
      return micros / 1_000.0;
    }
  }

  static RunFigures of(
      OrderLedger ledger, double driverCpuSeconds, Map<String, Double> platformCpuSeconds) {
    long start = Long.MAX_VALUE;
    long lastAccepted = 0;
    long lastFinal = 0;
    long negativeLags = 0;
    Histogram response = histogram();
    Histogram lag = histogram();
    Histogram endToEnd = histogram();
    Histogram sendDelay = histogram();
    Map<String, Long> finalStatuses = new TreeMap<>();
    for (LedgerEntry order : ledger.entries()) {
      if (order.sentAt == 0) {
        continue;
      }
      start = Math.min(start, order.scheduledAt);
      sendDelay.recordValue(Math.max(0, order.sentAt - order.scheduledAt));
      if (order.outcome != Outcome.ACCEPTED) {
        continue;
      }
      lastAccepted = Math.max(lastAccepted, order.acceptedAt);
      response.recordValue(Math.max(0, order.acceptedAt - order.scheduledAt));
      if (order.isFinal()) {
        lastFinal = Math.max(lastFinal, order.finalAt);
        long orderLag = order.finalAt - order.acceptedAt;
        if (orderLag < 0) {
          negativeLags++;
        }
        lag.recordValue(Math.max(0, orderLag));
        endToEnd.recordValue(Math.max(0, order.finalAt - order.scheduledAt));
        finalStatuses.merge(order.status, 1L, Long::sum);
      }
    }
    return new RunFigures(
        ledger.size(),
        ledger.sent(),
        ledger.accepted(),
        ledger.failed(),
        ledger.finished(),
        ledger.accepted() - ledger.finished(),
        ledger.refusals(429),
        ledger.refusals(503),
        ledger.errors(),
        perSecond(ledger.accepted(), start, lastAccepted),
        perSecond(ledger.finished(), start, lastFinal),
        Latency.of(response),
        Latency.of(lag),
        Latency.of(endToEnd),
        Latency.of(sendDelay),
        negativeLags,
        finalStatuses,
        driverCpuSeconds,
        platformCpuSeconds,
        start == Long.MAX_VALUE ? 0 : (Math.max(lastFinal, lastAccepted) - start) / 1e6);
  }

  /** Milliseconds of CPU per order finished, per part and in all; empty if none finished. */
  public Map<String, Double> cpuMillisPerOrder() {
    Map<String, Double> perOrder = new LinkedHashMap<>();
    if (finished == 0 || platformCpuSeconds.isEmpty()) {
      return perOrder;
    }
    double total = 0;
    for (Map.Entry<String, Double> part : platformCpuSeconds.entrySet()) {
      perOrder.put(part.getKey(), 1000 * part.getValue() / finished);
      total += part.getValue();
    }
    perOrder.put("total", 1000 * total / finished);
    return perOrder;
  }

  /** The first time an order of the ledger was due, in epoch microseconds (0 if none was sent). */
  static long start(OrderLedger ledger) {
    return ledger.entries().stream()
        .filter(order -> order.sentAt != 0)
        .mapToLong(order -> order.scheduledAt)
        .min()
        .orElse(0);
  }

  private static Histogram histogram() {
    return new Histogram(3); // microseconds, resizes itself to whatever the run needs
  }

  private static double perSecond(long count, long from, long to) {
    return count == 0 || to <= from ? 0 : count / ((to - from) / 1e6);
  }
}

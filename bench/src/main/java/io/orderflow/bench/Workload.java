package io.orderflow.bench;

import java.util.Locale;

/**
 * What a run sends: a closed loop of {@code orders} with {@code concurrency} in flight
 * (saturation), or an open loop of {@code rate} orders per second for {@code orders / rate} seconds
 * (paced). Warm-up orders are sent the same way first, awaited, and not counted.
 */
record Workload(String mode, int orders, int concurrency, int rate, int maxInFlight, int warmup) {

  static final String CLOSED = "closed";
  static final String OPEN = "open";

  static Workload closed(int orders, int concurrency, int warmup) {
    return new Workload(CLOSED, orders, concurrency, 0, concurrency, warmup);
  }

  static Workload open(int rate, int seconds, int maxInFlight, int warmup) {
    return new Workload(OPEN, rate * seconds, 0, rate, maxInFlight, warmup);
  }

  void drive(LoadDriver driver) {
    if (mode.equals(OPEN)) {
      driver.openLoop(rate, maxInFlight);
    } else {
      driver.closedLoop(concurrency);
    }
  }

  /** A few words for a chart's title. */
  String label() {
    return mode.equals(OPEN)
        ? "open loop, %,d orders/s for %,d s".formatted(rate, orders / rate)
        : "closed loop, %,d orders, %,d in flight".formatted(orders, concurrency);
  }

  String describe() {
    String load =
        mode.equals(OPEN)
            ? "open loop (paced), %,d orders/s for %,d s = %,d orders, at most %,d in flight"
                .formatted(rate, orders / rate, orders, maxInFlight)
            : "closed loop (saturation), %,d orders, %,d in flight".formatted(orders, concurrency);
    return String.format(Locale.ROOT, "%s; warm-up %,d orders", load, warmup);
  }
}

package io.orderflow.bench;

import java.time.Instant;

/**
 * Microseconds since the epoch, read from the system's real-time clock: the clock PostgreSQL's
 * {@code clock_timestamp()} reads for {@code views.order_summary.final_at}. Driver and database run
 * on the same machine, so a time taken here and one written there can be subtracted.
 */
final class WallClock {

  private WallClock() {}

  static long micros() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
  }

  static Instant instant(long micros) {
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L);
  }
}

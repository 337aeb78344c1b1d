package io.orderflow.bench;

import io.orderflow.bench.RunFigures.Latency;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The text table of a run, its per-order CSV, and its line in {@code runs.csv}. */
final class BenchReport {

  private static final String RUNS_HEADER =
      "started_at,command,mode,cores,planned,accepted,failed,refused_429,refused_503,unfinished,"
          + "accepted_per_s,end_to_end_per_s,lag_p50_ms,lag_p95_ms,lag_p99_ms,lag_max_ms,"
          + "driver_cpu_s,correctness,results";

  private BenchReport() {}

  static String table(BenchSummary summary, String workload) {
    RunFigures f = summary.figures();
    StringBuilder t = new StringBuilder();
    line(t, "Orderflow bench: %s", workload);
    line(t, "command      %s", summary.command());
    line(t, "started      %s on %d cores, Java %s", summary.startedAt(), cores(), javaVersion());
    line(
        t,
        "orders       %,d planned, %,d sent, %,d accepted (202), %,d failed",
        f.planned(),
        f.sent(),
        f.accepted(),
        f.failed());
    line(
        t,
        "refusals     429: %,d   503: %,d   (each order sent again after Retry-After)",
        f.refused429(),
        f.refused503());
    line(t, "errors       %s", f.errors().isEmpty() ? "none" : counts(f.errors()));
    line(
        t,
        "finished     %,d final in the view %s; not final after the grace period: %,d",
        f.finished(),
        f.finalStatuses().isEmpty() ? "" : "(" + counts(f.finalStatuses()) + ")",
        f.unfinished());
    line(
        t,
        "throughput   accepted %,.1f/s   end to end %,.1f/s   (over %.1f s)",
        f.acceptedPerSecond(),
        f.endToEndPerSecond(),
        f.seconds());
    line(t, "%-34s %9s %9s %9s %9s", "latency (ms)", "p50", "p95", "p99", "max");
    latency(t, "lag: 202 -> final in view", f.lag());
    latency(t, "response: due -> 202", f.response());
    latency(t, "end to end: due -> final in view", f.endToEnd());
    latency(t, "driver: due -> sent", f.sendDelay());
    if (f.negativeLags() > 0) {
      line(
          t,
          "             %,d order(s) were final before their 202 arrived (counted as 0 lag)",
          f.negativeLags());
    }
    line(
        t,
        "driver CPU   %.1f s over %.1f s (%.0f%% of one core)",
        f.driverCpuSeconds(),
        f.seconds(),
        f.seconds() == 0 ? 0 : 100 * f.driverCpuSeconds() / f.seconds());
    Map<String, Double> cpu = f.cpuMillisPerOrder();
    if (!cpu.isEmpty()) {
      line(
          t,
          "CPU / order  %s ms",
          cpu.entrySet().stream()
              .map(part -> part.getKey() + " %.2f".formatted(part.getValue()))
              .collect(Collectors.joining(", ")));
    }
    line(t, "correctness  %s", summary.effects().describe());
    line(t, "results      %s", summary.resultsDirectory());
    return t.toString();
  }

  /** One row per order; times are ISO-8601 instants (blank: did not happen), durations in ms. */
  static void writeOrders(OrderLedger ledger, Path csv) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(csv)) {
      out.write(
          "order_id,status,attempts,due_at,sent_at,accepted_at,final_at,"
              + "response_ms,lag_ms,end_to_end_ms\n");
      for (LedgerEntry order : ledger.entries()) {
        String status =
            order.isFinal()
                ? order.status
                : order.outcome == LedgerEntry.Outcome.FAILED ? order.status : order.outcome.name();
        out.write(
            String.join(
                ",",
                order.orderId.toString(),
                quoted(status),
                String.valueOf(order.attempts),
                instant(order.scheduledAt),
                instant(order.sentAt),
                instant(order.acceptedAt),
                instant(order.finalAt),
                millis(order.scheduledAt, order.acceptedAt),
                millis(order.acceptedAt, order.finalAt),
                millis(order.scheduledAt, order.finalAt)));
        out.write('\n');
      }
    }
  }

  /** Appends the run's figures to {@code runs.csv}, writing its header first if it is new. */
  static void appendRun(BenchSummary summary, Path runsCsv) throws IOException {
    RunFigures f = summary.figures();
    Latency lag = f.lag();
    List<String> values =
        List.of(
            summary.startedAt().toString(),
            quoted(summary.command()),
            summary.mode(),
            String.valueOf(cores()),
            String.valueOf(f.planned()),
            String.valueOf(f.accepted()),
            String.valueOf(f.failed()),
            String.valueOf(f.refused429()),
            String.valueOf(f.refused503()),
            String.valueOf(f.unfinished()),
            decimal(f.acceptedPerSecond()),
            decimal(f.endToEndPerSecond()),
            decimal(lag.p50()),
            decimal(lag.p95()),
            decimal(lag.p99()),
            decimal(lag.max()),
            decimal(f.driverCpuSeconds()),
            summary.passed() ? "passed" : "FAILED",
            quoted(summary.resultsDirectory().getFileName().toString()));
    boolean isNew = !Files.exists(runsCsv);
    try (BufferedWriter out =
        Files.newBufferedWriter(runsCsv, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      if (isNew) {
        out.write(RUNS_HEADER + "\n");
      }
      out.write(String.join(",", values) + "\n");
    }
  }

  static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  private static String javaVersion() {
    return System.getProperty("java.version");
  }

  private static void latency(StringBuilder t, String name, Latency latency) {
    if (latency.count() == 0) {
      line(t, "%-34s %9s", name, "-");
    } else {
      line(
          t,
          "%-34s %9.1f %9.1f %9.1f %9.1f",
          name,
          latency.p50(),
          latency.p95(),
          latency.p99(),
          latency.max());
    }
  }

  private static void line(StringBuilder t, String format, Object... values) {
    t.append(String.format(Locale.ROOT, format, values)).append('\n');
  }

  private static String counts(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "%s: %,d", e.getKey(), e.getValue()))
        .collect(Collectors.joining(", "));
  }

  private static String instant(long micros) {
    return micros == 0 ? "" : WallClock.instant(micros).toString();
  }

  private static String millis(long from, long to) {
    return from == 0 || to == 0 ? "" : decimal((to - from) / 1_000.0);
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  private static String quoted(String value) {
    return value.contains(",") || value.contains("\"")
        ? "\"" + value.replace("\"", "\"\"") + "\""
        : value;
  }
}

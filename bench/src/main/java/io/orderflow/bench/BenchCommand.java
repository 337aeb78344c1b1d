package io.orderflow.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ./orderflow bench}: drives orders into a running platform over HTTP and measures how fast
 * they are accepted and how far the views trail the 202, then checks every effect in the database.
 */
@Command(
    name = "orderflow bench",
    sortOptions = false,
    usageHelpWidth = 110,
    description = {
      "Sends orders to the running platform (./orderflow start) and measures, per order, the 202 and"
          + " the time its view became final (views.order_summary.final_at). Prints a table, writes"
          + " a CSV per order and a PNG chart under --results, and checks that every accepted order"
          + " is final with one effect per service.",
      "Closed loop (saturation): --orders N --concurrency C. Open loop (paced): --rate R"
          + " --seconds S.",
      "Exit status: 0 correct, 1 correctness check failed, 2 could not run."
    })
public final class BenchCommand implements java.util.concurrent.Callable<Integer> {

  @Option(
      names = "--orders",
      paramLabel = "N",
      description = "closed loop: orders to send (default 10000 unless --rate is given)")
  Integer orders;

  @Option(
      names = "--concurrency",
      paramLabel = "C",
      defaultValue = "32",
      description = "closed loop: requests in flight (default ${DEFAULT-VALUE})")
  int concurrency;

  @Option(
      names = "--rate",
      paramLabel = "R",
      description = "open loop: orders per second, sent on schedule")
  Integer rate;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      description = "open loop: how long to send (default 60)")
  Integer seconds;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      description =
          "orders sent and awaited first, not counted (default 1000 closed, 5 s worth open)")
  Integer warmup;

  @Option(
      names = "--max-in-flight",
      paramLabel = "N",
      defaultValue = "1024",
      description =
          "open loop: requests under way at most; later ones wait, still measured from"
              + " their slot (default ${DEFAULT-VALUE})")
  int maxInFlight;

  @Option(
      names = "--skus",
      paramLabel = "SKU",
      split = ",",
      description = "skus to order, taken in turn (default: every product of GET /api/products)")
  List<String> skus;

  @Option(
      names = "--grace-seconds",
      paramLabel = "S",
      defaultValue = "60",
      description =
          "stop waiting for the views after this long without progress (default"
              + " ${DEFAULT-VALUE})")
  int graceSeconds;

  @Option(
      names = "--poll-millis",
      paramLabel = "MS",
      defaultValue = "1000",
      description = "how often to read final_at from the database (default ${DEFAULT-VALUE})")
  int pollMillis;

  @Option(
      names = "--timeout-seconds",
      paramLabel = "S",
      defaultValue = "30",
      description = "HTTP request time-out (default ${DEFAULT-VALUE})")
  int timeoutSeconds;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "the platform (default http://127.0.0.1:$ORDERFLOW_HTTP_PORT, as ./orderflow)")
  URI baseUrl;

  @Option(
      names = "--results",
      paramLabel = "DIR",
      defaultValue = "${env:ORDERFLOW_BENCH_RESULTS:-bench/results}",
      description =
          "where each run's directory and runs.csv go (default ${DEFAULT-VALUE};"
              + " ./orderflow bench: bench/results of the project)")
  Path results;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "show this help")
  boolean help;

  @Spec CommandSpec spec;

  private BenchSummary summary;

  public static void main(String... args) {
    System.exit(new BenchCommand().execute(args));
  }

  /** Runs the bench with these arguments; returns the exit status (see the description). */
  public int execute(String... args) {
    // an exception that escapes the run means it could not run: 2, not the failed check's 1
    return new CommandLine(this).setExitCodeExceptionMapper(exception -> 2).execute(args);
  }

  /** What the last run found (null before a run, or if it could not run). */
  public BenchSummary summary() {
    return summary;
  }

  @Override
  public Integer call() throws Exception {
    Workload workload = workload();
    URI platform = baseUrl != null ? baseUrl : PlatformSettings.baseUrl();
    // The HTTP client's threads, which also run the driver's callbacks: little work per answer.
    ExecutorService callbacks =
        Executors.newFixedThreadPool(
            4,
            runnable -> {
              Thread thread = new Thread(runnable, "bench-http");
              thread.setDaemon(true);
              return thread;
            });
    try {
      OrderflowApi api =
          new OrderflowApi(
              platform, Duration.ofSeconds(timeoutSeconds), callbacks, PlatformSettings.caller());
      List<String> orderedSkus;
      try {
        orderedSkus = catalog(api, skus == null ? List.of() : skus);
      } catch (IOException e) {
        say(
            "cannot use the platform at "
                + platform
                + ": "
                + e
                + " (is it running? ./orderflow start)");
        return 2;
      }
      Connection db;
      try {
        db = PlatformSettings.openDatabase();
      } catch (SQLException e) {
        say("cannot read the database " + PlatformSettings.databaseUrl() + ": " + e.getMessage());
        return 2;
      }
      try (db) {
        return run(workload, api, orderedSkus, db, callbacks);
      }
    } finally {
      callbacks.shutdownNow();
    }
  }

  private int run(
      Workload workload,
      OrderflowApi api,
      List<String> orderedSkus,
      Connection db,
      ExecutorService callbacks)
      throws Exception {
    say(workload.describe() + "; skus " + orderedSkus + "; platform " + api.baseUrl());
    Map<String, Integer> needed =
        new TreeMap<>(OrderLedger.unitsNeeded(workload.orders(), orderedSkus));
    OrderLedger.unitsNeeded(workload.warmup(), orderedSkus)
        .forEach((sku, units) -> needed.merge(sku, units, Integer::sum));
    try {
      new Stockroom(api, this::say).ensurePlentiful(needed);
    } catch (IOException e) {
      say("could not make the stock plentiful: " + e.getMessage());
      return 2;
    }

    if (workload.warmup() > 0) {
      say("warm-up: %,d orders (not counted)".formatted(workload.warmup()));
      OrderLedger warmupLedger = OrderLedger.plan(workload.warmup(), orderedSkus);
      boolean allFinal = send(workload, warmupLedger, api, db, callbacks);
      say(
          "warm-up done: %,d accepted, %,d final%s"
              .formatted(
                  warmupLedger.accepted(),
                  warmupLedger.finished(),
                  allFinal ? "" : " (not all final; measuring anyway)"));
    }

    OrderLedger ledger = OrderLedger.plan(workload.orders(), orderedSkus);
    say("measuring: %,d orders".formatted(workload.orders()));
    Instant startedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Duration cpuBefore = cpuTime();
    Map<String, Double> platformCpuBefore = PlatformCpu.read();
    send(workload, ledger, api, db, callbacks);
    double cpuSeconds = cpuTime().minus(cpuBefore).toNanos() / 1e9;
    Map<String, Double> platformCpu = PlatformCpu.between(platformCpuBefore, PlatformCpu.read());

    RunFigures figures = RunFigures.of(ledger, cpuSeconds, platformCpu);
    EffectsCheck.Result effects = EffectsCheck.run(db, ledger.acceptedIds());
    Path directory = resultsDirectory(workload.mode());
    summary = new BenchSummary(command(), workload.mode(), startedAt, directory, figures, effects);

    String table = BenchReport.table(summary, workload.describe());
    System.out.println();
    System.out.print(table);
    Files.writeString(directory.resolve("summary.txt"), table);
    BenchReport.writeOrders(ledger, directory.resolve("orders.csv"));
    BenchCharts.write(ledger, workload.label(), directory.resolve("chart.png"));
    BenchReport.appendRun(summary, results.resolve("runs.csv"));
    say(
        "wrote "
            + directory.resolve("summary.txt")
            + ", orders.csv, chart.png; appended to "
            + results.resolve("runs.csv"));
    return summary.passed() ? 0 : 1;
  }

  /** Sends every order of the ledger, then waits for the views; true if every accepted is final. */
  private boolean send(
      Workload workload,
      OrderLedger ledger,
      OrderflowApi api,
      Connection db,
      ExecutorService callbacks)
      throws InterruptedException {
    try (ViewWatcher watcher =
            new ViewWatcher(db, ledger, Duration.ofMillis(pollMillis), this::say);
        ProgressPrinter progress = new ProgressPrinter(ledger, this::say)) {
      watcher.start();
      workload.drive(new LoadDriver(api, ledger, callbacks));
      say(
          "all %,d orders answered; waiting for the views (up to %d s without progress)"
              .formatted(ledger.sent(), graceSeconds));
      return watcher.awaitAllFinal(Duration.ofSeconds(graceSeconds));
    }
  }

  private Workload workload() {
    if (rate != null) {
      if (orders != null) {
        throw new ParameterException(spec.commandLine(), "--orders and --rate exclude each other");
      }
      int runSeconds = seconds == null ? 60 : seconds;
      if (rate < 1 || runSeconds < 1 || maxInFlight < 1) {
        throw new ParameterException(
            spec.commandLine(), "--rate, --seconds and --max-in-flight must be positive");
      }
      return Workload.open(rate, runSeconds, maxInFlight, warmup == null ? rate * 5 : warmup);
    }
    if (seconds != null) {
      throw new ParameterException(spec.commandLine(), "--seconds goes with --rate");
    }
    int count = orders == null ? 10_000 : orders;
    if (count < 1 || concurrency < 1) {
      throw new ParameterException(
          spec.commandLine(), "--orders and --concurrency must be positive");
    }
    return Workload.closed(count, concurrency, warmup == null ? 1_000 : warmup);
  }

  /**
   * The skus asked for, or else every sku of the catalog, once the product view shows them: waits a
   * minute for the catalog a first start seeds.
   */
  private List<String> catalog(OrderflowApi api, List<String> wanted)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      List<String> catalog = api.products().stream().map(OrderflowApi.Product::sku).toList();
      if (!catalog.isEmpty() && catalog.containsAll(wanted)) {
        return wanted.isEmpty() ? catalog : wanted;
      }
      if (System.nanoTime() > deadline) {
        throw new IOException("GET /api/products shows " + catalog + ", not " + wanted);
      }
      Thread.sleep(1_000);
    }
  }

  private Path resultsDirectory(String mode) throws IOException {
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    Path directory = results.resolve(stamp + "-" + mode);
    for (int n = 2; Files.exists(directory); n++) {
      directory = results.resolve(stamp + "-" + mode + "-" + n);
    }
    return Files.createDirectories(directory);
  }

  private String command() {
    return "orderflow bench "
        + String.join(" ", spec.commandLine().getParseResult().originalArgs());
  }

  /** CPU used by this process so far (all its threads). */
  private static Duration cpuTime() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  private void say(String message) {
    System.out.println("[bench] " + message);
  }
}

package io.orderflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderflow.bench.BenchCommand;
import io.orderflow.bench.BenchSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code ./orderflow bench} works: a small closed-loop run against the platform these tests
 * started, checked for what it reports, not for how fast it was. Its results go to target/, not to
 * bench/results.
 */
class BenchSmokeIT {

  private static final int ORDERS = 200;

  /** Skus other tests keep plentiful anyway: the scarce ones must stay scarce for OrderFlowIT. */
  private static final String SKUS = "BOOK-DDD,MUG-ORANGE,STICKER-PACK";

  @Test
  void a_small_run_finishes_every_order_and_passes_its_correctness_check() throws Exception {
    Path results = Path.of("target", "bench-results");
    BenchCommand bench = new BenchCommand();
    int exitStatus =
        bench.execute(
            "--orders",
            String.valueOf(ORDERS),
            "--concurrency",
            "8",
            "--warmup",
            "0",
            "--skus",
            SKUS,
            "--base-url",
            Platform.BASE_URL,
            "--results",
            results.toString());

    assertThat(exitStatus).as("exit status").isZero();
    BenchSummary summary = bench.summary();
    assertThat(summary.figures().accepted()).as("accepted").isEqualTo(ORDERS);
    assertThat(summary.figures().finished()).as("final in the view").isEqualTo(ORDERS);
    assertThat(summary.figures().unfinished()).as("not finished").isZero();
    assertThat(summary.figures().lag().count()).as("lags measured").isEqualTo(ORDERS);
    assertThat(summary.effects().passed()).as("correctness: " + summary.effects()).isTrue();

    Path run = summary.resultsDirectory();
    assertThat(run.toAbsolutePath()).startsWith(results.toAbsolutePath());
    assertThat(Files.readAllLines(run.resolve("orders.csv"))).hasSize(ORDERS + 1);
    assertThat(Files.readString(run.resolve("summary.txt"))).contains("PASSED");
    assertThat(Files.size(run.resolve("chart.png"))).isPositive();
    assertThat(Files.readAllLines(results.resolve("runs.csv")))
        .last()
        .asString()
        .contains(",passed,");
  }
}

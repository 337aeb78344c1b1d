package io.orderflow.bench;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What a bench run found, as it is printed and written to {@code runs.csv}.
 *
 * @param command the command line, e.g. {@code orderflow bench --rate 600 --seconds 60}
 * @param mode {@code closed} (saturation) or {@code open} (paced)
 * @param startedAt when the measured orders started (after stocking and warm-up)
 * @param resultsDirectory where the table, the per-order CSV and the chart are
 */
public record BenchSummary(
    String command,
    String mode,
    Instant startedAt,
    Path resultsDirectory,
    RunFigures figures,
    EffectsCheck.Result effects) {

  /** Every accepted order is final, with one effect per service. */
  public boolean passed() {
    return figures.unfinished() == 0 && effects.passed();
  }
}

package io.orderflow.bench;

import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** One line every two seconds while a run goes: counts so far and the rates since the last line. */
final class ProgressPrinter implements AutoCloseable {

  private static final long EVERY_MILLIS = 2_000;

  private final OrderLedger ledger;
  private final Consumer<String> out;
  private final long startNanos = System.nanoTime();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "bench-progress");
            thread.setDaemon(true);
            return thread;
          });
  private long lastAccepted;
  private long lastFinished;
  private long lastNanos = startNanos;

  ProgressPrinter(OrderLedger ledger, Consumer<String> out) {
    this.ledger = ledger;
    this.out = out;
    timer.scheduleAtFixedRate(this::print, EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
  }

  private void print() {
    long now = System.nanoTime();
    long accepted = ledger.accepted();
    long finished = ledger.finished();
    double seconds = (now - lastNanos) / 1e9;
    out.accept(
        String.format(
            Locale.ROOT,
            "%5.0f s  sent %,8d  accepted %,8d  final %,8d  in flight %,5d  refused %,d  errors %,d"
                + "  |  accepted %,7.1f/s  final %,7.1f/s",
            (now - startNanos) / 1e9,
            ledger.sent(),
            accepted,
            finished,
            ledger.inFlight(),
            ledger.refusals(),
            ledger.failed(),
            (accepted - lastAccepted) / seconds,
            (finished - lastFinished) / seconds));
    lastAccepted = accepted;
    lastFinished = finished;
    lastNanos = now;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}

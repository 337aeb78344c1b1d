package io.orderflow.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Learns when each accepted order became final, from {@code views.order_summary.final_at}: the
 * database time the denormalizer stamps in the same transaction that writes the final status.
 *
 * <p>Polling is kept cheap for the database under test: one query per interval, by primary key, for
 * the accepted orders not yet seen final (so its cost follows the backlog, not the run). The
 * interval only delays when the bench learns of it; the times themselves come from the row.
 */
final class ViewWatcher implements AutoCloseable {

  private static final String FINAL_ORDERS =
      "select order_id, status, final_at from views.order_summary"
          + " where order_id = any(?) and final_at is not null";

  /** Order ids per query: keeps one statement's array and plan reasonable under a big backlog. */
  private static final int IDS_PER_QUERY = 20_000;

  private final Connection db;
  private final OrderLedger ledger;
  private final Duration interval;
  private final Consumer<String> log;
  private final ScheduledExecutorService poller =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "view-watcher");
            thread.setDaemon(true);
            return thread;
          });
  private volatile String lastFailure;

  ViewWatcher(Connection db, OrderLedger ledger, Duration interval, Consumer<String> log) {
    this.db = db;
    this.ledger = ledger;
    this.interval = interval;
    this.log = log;
  }

  void start() {
    poller.scheduleWithFixedDelay(
        this::pollSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Waits until every accepted order is final, or until no order became final for {@code grace}.
   * Call it once the load has ended. Returns true if every accepted order is final.
   */
  boolean awaitAllFinal(Duration grace) throws InterruptedException {
    long lastFinished = -1;
    long lastProgress = System.nanoTime();
    while (true) {
      long finished = ledger.finished();
      if (finished == ledger.accepted() && ledger.inFlight() == 0) {
        return true;
      }
      if (finished != lastFinished) {
        lastFinished = finished;
        lastProgress = System.nanoTime();
      } else if (System.nanoTime() - lastProgress > grace.toNanos()) {
        return false;
      }
      Thread.sleep(Math.min(interval.toMillis(), 250));
    }
  }

  private void pollSafely() {
    try {
      poll();
      lastFailure = null;
    } catch (SQLException | RuntimeException e) {
      String failure = e.getClass().getSimpleName() + ": " + e.getMessage();
      if (!failure.equals(lastFailure)) {
        log.accept("view watcher: polling failed, will try again: " + failure);
      }
      lastFailure = failure;
    }
  }

  private void poll() throws SQLException {
    List<UUID> waiting = ledger.awaitingView();
    for (int from = 0; from < waiting.size(); from += IDS_PER_QUERY) {
      List<UUID> chunk = waiting.subList(from, Math.min(waiting.size(), from + IDS_PER_QUERY));
      try (PreparedStatement query = db.prepareStatement(FINAL_ORDERS)) {
        Array ids = db.createArrayOf("uuid", chunk.toArray());
        query.setArray(1, ids);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            LedgerEntry order = ledger.find(rows.getObject(1, UUID.class));
            if (order != null && !order.isFinal()) {
              ledger.reachedFinal(
                  order, rows.getString(2), micros(rows.getObject(3, OffsetDateTime.class)));
            }
          }
        }
        ids.free();
      }
    }
  }

  private static long micros(OffsetDateTime time) {
    return time.toEpochSecond() * 1_000_000 + time.getNano() / 1_000;
  }

  @Override
  public void close() {
    poller.shutdownNow();
    try {
      poller.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

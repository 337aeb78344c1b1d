package io.orderflow.system;

import static io.orderflow.system.Platform.number;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches whether the services still handle messages while a fault run goes on, and captures the
 * server's threads, queues and logs once each time no service has recorded a processed message for
 * {@code patience}: a stall is best understood from a thread dump taken while it lasts, not after
 * the server was killed. It only observes; it never fails the test.
 */
final class StallWatch implements AutoCloseable {

  private static final DateTimeFormatter LABEL =
      DateTimeFormatter.ofPattern("HHmmss").withZone(ZoneOffset.UTC);

  private final Duration patience;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private boolean capturedThisStall;

  StallWatch(Duration patience) {
    this.patience = patience;
    timer.scheduleWithFixedDelay(this::check, 10, 10, TimeUnit.SECONDS);
  }

  private void check() {
    try {
      long idleSeconds =
          number(
              "select coalesce(extract(epoch from now() - greatest("
                  + "(select max(processed_at) from orders.processed_message),"
                  + " (select max(processed_at) from fulfillment.processed_message),"
                  + " (select max(processed_at) from views.processed_message)))::bigint, 0)");
      if (idleSeconds < patience.toSeconds()) {
        capturedThisStall = false;
      } else if (!capturedThisStall) {
        capturedThisStall = true;
        String label = "stall-" + LABEL.format(Instant.now());
        System.out.printf(
            "no service processed a message for %d s; capturing %s%n",
            idleSeconds, PlatformProcesses.captureDiagnostics(label));
      }
    } catch (RuntimeException databaseDownOrServerGone) {
      // a fault of the run itself: the next check looks again
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}

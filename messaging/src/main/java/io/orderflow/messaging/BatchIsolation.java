package io.orderflow.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * How many messages the next transaction of a batched subscription may take.
 *
 * <p>A failed batch rolls back whole, so every message in it comes back with one more delivery
 * counted, also the ones that did nothing wrong. To keep them from sharing the fate of a message
 * that fails every time (and from reaching the dead-letter queue with it), the subscription takes
 * one message per transaction from the moment a message failed until that message has come back and
 * been applied, or until the quarantine has passed, which outlasts the broker's longest redelivery
 * delay: by then it has been parked, or it would be back already. While it is quarantined, each of
 * its failures starts the quarantine again.
 *
 * <p>A failure that no message caused (the commit, the broker) changes nothing: every message was
 * rolled back alike, and the next batch is as large as before.
 */
public final class BatchIsolation {

  private final int largestBatch;
  private final Duration quarantine;
  private final Clock clock;

  private String suspect;
  private Instant quarantinedUntil = Instant.MIN;

  public BatchIsolation(int largestBatch, Duration quarantine, Clock clock) {
    if (largestBatch < 1) {
      throw new IllegalArgumentException("a batch holds at least one message: " + largestBatch);
    }
    this.largestBatch = largestBatch;
    this.quarantine = quarantine;
    this.clock = clock;
  }

  /** The most messages the next transaction may take. */
  public int nextBatchLimit() {
    if (suspect != null && clock.instant().isAfter(quarantinedUntil)) {
      suspect = null;
    }
    return suspect == null ? largestBatch : 1;
  }

  /** The message with this id failed, and its transaction rolled back. */
  public void failed(String messageId) {
    suspect = messageId;
    quarantinedUntil = clock.instant().plus(quarantine);
  }

  /** A transaction that held these message ids committed. */
  public void committed(Collection<String> messageIds) {
    if (suspect != null && messageIds.contains(suspect)) {
      suspect = null;
    }
  }
}

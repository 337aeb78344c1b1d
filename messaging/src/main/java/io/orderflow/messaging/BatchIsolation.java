package io.orderflow.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

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
 * <p>A failure that no one message can be blamed for (the commit, the broker, a batch's writes
 * flushed together) has the subscription take its messages one per transaction until each has been
 * applied (or the quarantine has passed), so that the culprit, if there is one, is found alone.
 */
public final class BatchIsolation {

  private final int largestBatch;
  private final Duration quarantine;
  private final Clock clock;

  private String suspect;
  private Instant quarantinedUntil = Instant.MIN;
  private final Set<String> probing = new HashSet<>();
  private Instant probingUntil = Instant.MIN;

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
    if (!probing.isEmpty() && clock.instant().isAfter(probingUntil)) {
      probing.clear();
    }
    return suspect == null && probing.isEmpty() ? largestBatch : 1;
  }

  /** The message with this id failed, and its transaction rolled back. */
  public void failed(String messageId) {
    suspect = messageId;
    quarantinedUntil = clock.instant().plus(quarantine);
  }

  /** A transaction that held these message ids rolled back, and no one of them can be blamed. */
  public void failedWithoutCulprit(Collection<String> messageIds) {
    probing.addAll(messageIds);
    probingUntil = clock.instant().plus(quarantine);
  }

  /** A transaction that held these message ids committed. */
  public void committed(Collection<String> messageIds) {
    probing.removeAll(messageIds);
    if (suspect != null && messageIds.contains(suspect)) {
      suspect = null;
    }
  }
}

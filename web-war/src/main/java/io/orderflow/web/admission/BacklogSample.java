package io.orderflow.web.admission;

import java.time.Instant;
import java.util.Map;

/**
 * How many messages waited in the broker for a service to handle them, at one moment: commands in
 * their queues and events in the services' subscriptions. Unknown when the broker could not be
 * asked.
 *
 * @param messages the total, or -1 when unknown
 * @param waitingPerQueue the queues that held any, by name, for operators
 */
public record BacklogSample(long messages, Map<String, Long> waitingPerQueue, Instant takenAt) {

  private static final long UNKNOWN = -1;

  public BacklogSample {
    waitingPerQueue = Map.copyOf(waitingPerQueue);
  }

  public static BacklogSample of(Map<String, Long> waitingPerQueue, Instant takenAt) {
    long total = waitingPerQueue.values().stream().mapToLong(Long::longValue).sum();
    return new BacklogSample(total, waitingPerQueue, takenAt);
  }

  public static BacklogSample unknown(Instant takenAt) {
    return new BacklogSample(UNKNOWN, Map.of(), takenAt);
  }

  public boolean known() {
    return messages != UNKNOWN;
  }

  /** The queue holding the most, as "name: count", to say where the backlog is. */
  public String deepestQueue() {
    return waitingPerQueue.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(queue -> queue.getKey() + ": " + queue.getValue())
        .orElse("none");
  }
}

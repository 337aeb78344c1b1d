package io.orderflow.bench;

import io.orderflow.bench.LedgerEntry.Outcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The orders of one run, planned up front (ids chosen by the driver, skus taken in turn), and the
 * counters the progress lines and the report read.
 */
final class OrderLedger {

  private final List<LedgerEntry> entries;
  private final Map<UUID, LedgerEntry> byId;
  private final AtomicInteger nextToSend = new AtomicInteger();

  private final LongAdder sent = new LongAdder();
  private final LongAdder accepted = new LongAdder();
  private final LongAdder failed = new LongAdder();
  private final LongAdder finished = new LongAdder();
  private final ConcurrentMap<Integer, LongAdder> refusals = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, LongAdder> errors = new ConcurrentHashMap<>();

  private OrderLedger(List<LedgerEntry> entries) {
    this.entries = Collections.unmodifiableList(entries);
    Map<UUID, LedgerEntry> index = new ConcurrentHashMap<>();
    entries.forEach(entry -> index.put(entry.orderId, entry));
    this.byId = index;
  }

  /** {@code count} orders of one unit each, over the skus in turn, from 100 customers. */
  static OrderLedger plan(int count, List<String> skus) {
    List<LedgerEntry> entries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      entries.add(
          new LedgerEntry(UUID.randomUUID(), "bench-" + i % 100, skus.get(i % skus.size())));
    }
    return new OrderLedger(entries);
  }

  /** Units each sku needs for {@code count} orders planned as {@link #plan} does. */
  static Map<String, Integer> unitsNeeded(int count, List<String> skus) {
    Map<String, Integer> units = new TreeMap<>();
    for (int i = 0; i < skus.size(); i++) {
      units.put(skus.get(i), count / skus.size() + (i < count % skus.size() ? 1 : 0));
    }
    return units;
  }

  List<LedgerEntry> entries() {
    return entries;
  }

  int size() {
    return entries.size();
  }

  /** The next order to send, or null when every order has been taken. */
  LedgerEntry next() {
    int index = nextToSend.getAndIncrement();
    return index < entries.size() ? entries.get(index) : null;
  }

  LedgerEntry find(UUID orderId) {
    return byId.get(orderId);
  }

  void attempting(LedgerEntry entry, long now) {
    if (entry.attempts++ == 0) {
      entry.sentAt = now;
      entry.outcome = Outcome.SENDING;
      sent.increment();
    }
  }

  void accepted(LedgerEntry entry, long now) {
    entry.acceptedAt = now;
    entry.outcome = Outcome.ACCEPTED;
    accepted.increment();
  }

  /** A 429 or 503: the order is sent again after Retry-After. */
  void refused(int status) {
    refusals.computeIfAbsent(status, s -> new LongAdder()).increment();
  }

  void failed(LedgerEntry entry, String error) {
    entry.status = error;
    entry.outcome = Outcome.FAILED;
    errors.computeIfAbsent(error, e -> new LongAdder()).increment();
    failed.increment();
  }

  void reachedFinal(LedgerEntry entry, String status, long finalAt) {
    entry.status = status;
    entry.finalAt = finalAt;
    finished.increment();
  }

  List<UUID> awaitingView() {
    return entries.stream().filter(LedgerEntry::awaitsView).map(e -> e.orderId).toList();
  }

  List<UUID> acceptedIds() {
    return entries.stream().filter(e -> e.outcome == Outcome.ACCEPTED).map(e -> e.orderId).toList();
  }

  long sent() {
    return sent.sum();
  }

  long accepted() {
    return accepted.sum();
  }

  long failed() {
    return failed.sum();
  }

  long finished() {
    return finished.sum();
  }

  /** Sent and not yet answered (including those waiting to retry after a refusal). */
  long inFlight() {
    return sent() - accepted() - failed();
  }

  long refusals() {
    return refusals.values().stream().mapToLong(LongAdder::sum).sum();
  }

  long refusals(int status) {
    LongAdder count = refusals.get(status);
    return count == null ? 0 : count.sum();
  }

  /** Error counts by kind ("HTTP 500", "timeout", ...), sorted by kind. */
  Map<String, Long> errors() {
    Map<String, Long> counts = new TreeMap<>();
    errors.forEach((kind, count) -> counts.put(kind, count.sum()));
    return counts;
  }
}

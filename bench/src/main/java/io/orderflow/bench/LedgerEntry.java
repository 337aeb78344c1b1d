package io.orderflow.bench;

import java.util.UUID;

/**
 * One order of a run and what happened to it, as times in microseconds on {@link WallClock} (0: not
 * yet). Written by the thread that sends or answers it, read by the view watcher and the report,
 * hence volatile.
 */
final class LedgerEntry {

  enum Outcome {
    /** Not sent yet. */
    PLANNED,
    /** Sent, no final answer yet (possibly waiting to retry after a refusal). */
    SENDING,
    /** Answered 202: the platform promised to process it. */
    ACCEPTED,
    /** Answered with an error, timed out, or refused too often: not promised. */
    FAILED
  }

  final UUID orderId;
  final String customerId;
  final String sku;

  /** When the order was due: its slot in a paced run, or the moment its lane was free. */
  volatile long scheduledAt;

  /** When its first request went out. */
  volatile long sentAt;

  /** When its 202 arrived. */
  volatile long acceptedAt;

  /** {@code final_at} of its row in {@code views.order_summary}. */
  volatile long finalAt;

  volatile int attempts;
  volatile Outcome outcome = Outcome.PLANNED;

  /** FULFILLED or REJECTED once final; the last HTTP status or error when failed. */
  volatile String status = "";

  LedgerEntry(UUID orderId, String customerId, String sku) {
    this.orderId = orderId;
    this.customerId = customerId;
    this.sku = sku;
  }

  boolean awaitsView() {
    return outcome == Outcome.ACCEPTED && finalAt == 0;
  }

  boolean isFinal() {
    return finalAt != 0;
  }
}

package io.orderflow.denormalizer.domain;

import java.util.Arrays;
import java.util.List;

/**
 * Where an order stands in the summary view. Events about one order may arrive in any order, so the
 * status only moves forward by rank: a later-ranked status is never replaced by an earlier one.
 * FULFILLED and REJECTED are final; an order never reaches both.
 */
public enum OrderStatus {
  /** Accepted and priced by the order service. */
  CREATED(1),
  /** Accepted but waiting for stock. */
  BACKORDERED(2),
  /** Reserved and shipped: final. */
  FULFILLED(3),
  /** Refused by the order service: final. */
  REJECTED(3);

  private final int rank;

  OrderStatus(int rank) {
    this.rank = rank;
  }

  public int rank() {
    return rank;
  }

  public boolean isFinal() {
    return rank == 3;
  }

  /** Whether this status replaces {@code current}; anything replaces no status at all. */
  public boolean outranks(OrderStatus current) {
    return current == null || rank > current.rank;
  }

  /** The statuses this one replaces when it arrives. */
  public List<OrderStatus> replaces() {
    return Arrays.stream(values()).filter(this::outranks).toList();
  }

  /** The status that stands once {@code incoming} has been applied to {@code current}. */
  public static OrderStatus merge(OrderStatus current, OrderStatus incoming) {
    return incoming.outranks(current) ? incoming : current;
  }
}

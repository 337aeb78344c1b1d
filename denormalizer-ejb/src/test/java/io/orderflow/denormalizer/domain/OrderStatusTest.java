package io.orderflow.denormalizer.domain;

import static io.orderflow.denormalizer.domain.OrderStatus.BACKORDERED;
import static io.orderflow.denormalizer.domain.OrderStatus.CREATED;
import static io.orderflow.denormalizer.domain.OrderStatus.FULFILLED;
import static io.orderflow.denormalizer.domain.OrderStatus.REJECTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderStatusTest {

  @Test
  void the_first_event_sets_the_status_of_an_unknown_order() {
    assertThat(OrderStatus.merge(null, FULFILLED)).isEqualTo(FULFILLED);
    assertThat(OrderStatus.merge(null, CREATED)).isEqualTo(CREATED);
  }

  @Test
  void a_status_moves_forward_from_created_to_backordered_to_fulfilled() {
    assertThat(OrderStatus.merge(CREATED, BACKORDERED)).isEqualTo(BACKORDERED);
    assertThat(OrderStatus.merge(BACKORDERED, FULFILLED)).isEqualTo(FULFILLED);
    assertThat(OrderStatus.merge(CREATED, FULFILLED)).isEqualTo(FULFILLED);
  }

  @Test
  void a_late_created_event_does_not_undo_fulfillment() {
    assertThat(OrderStatus.merge(FULFILLED, CREATED)).isEqualTo(FULFILLED);
  }

  @Test
  void a_late_backorder_keeps_a_fulfilled_order_fulfilled() {
    assertThat(OrderStatus.merge(FULFILLED, BACKORDERED)).isEqualTo(FULFILLED);
  }

  @Test
  void a_rejected_order_stays_rejected() {
    assertThat(OrderStatus.merge(REJECTED, CREATED)).isEqualTo(REJECTED);
    assertThat(OrderStatus.merge(REJECTED, BACKORDERED)).isEqualTo(REJECTED);
    assertThat(OrderStatus.merge(REJECTED, FULFILLED)).isEqualTo(REJECTED);
  }

  @Test
  void a_repeated_status_changes_nothing() {
    for (OrderStatus status : OrderStatus.values()) {
      assertThat(OrderStatus.merge(status, status)).isEqualTo(status);
    }
  }

  @Test
  void only_fulfilled_and_rejected_are_final() {
    assertThat(FULFILLED.isFinal()).isTrue();
    assertThat(REJECTED.isFinal()).isTrue();
    assertThat(CREATED.isFinal()).isFalse();
    assertThat(BACKORDERED.isFinal()).isFalse();
  }

  @Test
  void each_status_replaces_only_the_earlier_ranked_ones() {
    assertThat(CREATED.replaces()).isEmpty();
    assertThat(BACKORDERED.replaces()).containsExactly(CREATED);
    assertThat(FULFILLED.replaces()).containsExactlyInAnyOrder(CREATED, BACKORDERED);
    assertThat(REJECTED.replaces()).containsExactlyInAnyOrder(CREATED, BACKORDERED);
  }

  @Test
  void the_events_of_a_backordered_then_fulfilled_order_end_fulfilled_in_any_order() {
    for (List<OrderStatus> arrival : permutations(List.of(CREATED, BACKORDERED, FULFILLED))) {
      assertThat(applied(arrival)).as("arrival %s", arrival).isEqualTo(FULFILLED);
    }
  }

  @Test
  void the_events_of_a_backordered_order_end_backordered_in_any_order() {
    for (List<OrderStatus> arrival : permutations(List.of(CREATED, BACKORDERED, BACKORDERED))) {
      assertThat(applied(arrival)).as("arrival %s", arrival).isEqualTo(BACKORDERED);
    }
  }

  private static OrderStatus applied(List<OrderStatus> arrival) {
    OrderStatus status = null;
    for (OrderStatus incoming : arrival) {
      status = OrderStatus.merge(status, incoming);
    }
    return status;
  }

  private static List<List<OrderStatus>> permutations(List<OrderStatus> statuses) {
    if (statuses.isEmpty()) {
      return List.of(List.of());
    }
    List<List<OrderStatus>> all = new ArrayList<>();
    for (int i = 0; i < statuses.size(); i++) {
      List<OrderStatus> rest = new ArrayList<>(statuses);
      OrderStatus first = rest.remove(i);
      for (List<OrderStatus> tail : permutations(rest)) {
        List<OrderStatus> permutation = new ArrayList<>(List.of(first));
        permutation.addAll(tail);
        all.add(permutation);
      }
    }
    return all;
  }
}

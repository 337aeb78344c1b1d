package io.orderflow.fulfillment.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Backorders in the order they were added, which stands in for the database sequence. */
class InMemoryBackorders implements Backorders {

  private final List<Backorder> backorders = new ArrayList<>();

  @Override
  public Optional<Backorder> find(UUID orderId) {
    return backorders.stream().filter(b -> b.orderId().equals(orderId)).findFirst();
  }

  @Override
  public void add(Backorder backorder) {
    if (find(backorder.orderId()).isPresent()) {
      throw new IllegalStateException("order " + backorder.orderId() + " is backordered already");
    }
    backorders.add(backorder);
  }

  @Override
  public List<Backorder> waitingFor(String sku) {
    return backorders.stream()
        .filter(Backorder::isWaiting)
        .filter(b -> b.lines().stream().anyMatch(l -> l.sku().equals(sku)))
        .sorted(Comparator.comparing(Backorder::recordedAt)) // stable: ties keep insertion order
        .toList();
  }

  @Override
  public List<String> skusWaitingAlongside(String sku) {
    return waitingFor(sku).stream()
        .flatMap(b -> b.lines().stream())
        .map(ItemLine::sku)
        .distinct()
        .toList();
  }
}

package io.orderflow.fulfillment.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a set of lines asks of the stock, sku by sku (two lines of one sku add up), and whether the
 * stock can give it: all of it or nothing. A sku the stock does not know counts as none available.
 */
public final class Allocation {

  private final SortedMap<String, Integer> demand = new TreeMap<>();

  private Allocation(Collection<ItemLine> lines) {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("nothing to allocate: no lines");
    }
    lines.forEach(line -> demand.merge(line.sku(), line.quantity(), Math::addExact));
  }

  public static Allocation of(Collection<ItemLine> lines) {
    return new Allocation(lines);
  }

  public SortedSet<String> skus() {
    return new TreeSet<>(demand.keySet());
  }

  /** Every sku short of what the lines need, with exactly how many units are missing. */
  public List<Shortage> shortagesIn(Map<String, Stock> stock) {
    List<Shortage> shortages = new ArrayList<>();
    demand.forEach(
        (sku, needed) -> {
          int available = stock.containsKey(sku) ? stock.get(sku).available() : 0;
          if (needed > available) {
            shortages.add(new Shortage(sku, needed - available));
          }
        });
    return shortages;
  }

  public boolean canBeServedFrom(Map<String, Stock> stock) {
    return shortagesIn(stock).isEmpty();
  }

  /**
   * Reserves every sku's demand, or nothing if one is short.
   *
   * @return the stock levels after each change, in sku order
   */
  public List<StockLevel> reserveFrom(Map<String, Stock> stock) {
    List<Shortage> shortages = shortagesIn(stock);
    if (!shortages.isEmpty()) {
      throw new IllegalStateException("cannot reserve, stock is short: " + shortages);
    }
    List<StockLevel> changes = new ArrayList<>();
    demand.forEach((sku, needed) -> changes.add(stock.get(sku).reserve(needed)));
    return changes;
  }
}

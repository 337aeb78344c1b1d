package io.orderflow.fulfillment.infrastructure.persistence;

import io.orderflow.fulfillment.domain.Inventory;
import io.orderflow.fulfillment.domain.Stock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Locks stock rows with {@code SELECT ... ORDER BY sku FOR UPDATE}: PostgreSQL locks the rows in
 * the sorted order, so concurrent handlers never wait for each other in a circle. A row already
 * locked by this transaction (an earlier order of the same batch) is not asked for again: its
 * entity may hold changes not flushed yet, which a second locking read would overwrite.
 */
@ApplicationScoped
public class JpaInventory implements Inventory {

  @PersistenceContext(unitName = "fulfillment")
  EntityManager em;

  @Inject LockedStock locked;

  @Override
  public Map<String, Stock> lock(Collection<String> skus) {
    Map<String, Stock> stock = new HashMap<>();
    SortedSet<String> wanted = new TreeSet<>();
    for (String sku : skus) {
      Stock held = locked.bySku().get(sku);
      if (held != null) {
        stock.put(sku, held);
      } else {
        wanted.add(sku);
      }
    }
    if (!wanted.isEmpty()) {
      Map<String, Stock> newlyLocked = lockUnlocked(wanted);
      locked.bySku().putAll(newlyLocked);
      stock.putAll(newlyLocked);
    }
    return stock;
  }

  private Map<String, Stock> lockUnlocked(SortedSet<String> wanted) {
    Map<String, Stock> stock = lockExisting(wanted);
    if (stock.size() < wanted.size()) {
      List<String> unseen = wanted.stream().filter(s -> !stock.containsKey(s)).toList();
      unseen.forEach(this::createEmpty);
      stock.putAll(lockExisting(unseen));
    }
    return stock;
  }

  private Map<String, Stock> lockExisting(Collection<String> sortedSkus) {
    Map<String, Stock> stock = new HashMap<>();
    em.createQuery("select s from Stock s where s.sku in :skus order by s.sku", Stock.class)
        .setParameter("skus", List.copyOf(sortedSkus))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        // what this transaction wrote is flushed once, at its end: these rows are not among it
        .setFlushMode(FlushModeType.COMMIT)
        .getResultList()
        .forEach(s -> stock.put(s.sku(), s));
    return stock;
  }

  /**
   * An empty row for a sku never seen, so that there is a row to lock. A concurrent first touch of
   * the same sku waits here for the other transaction, then finds the row.
   */
  private void createEmpty(String sku) {
    em.createNativeQuery(
            "insert into stock (sku, on_hand, reserved, version) values (?1, 0, 0, 0)"
                + " on conflict (sku) do nothing")
        .setFlushMode(FlushModeType.COMMIT)
        .setParameter(1, sku)
        .executeUpdate();
  }
}

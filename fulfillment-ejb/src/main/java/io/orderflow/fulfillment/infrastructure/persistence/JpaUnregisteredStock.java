package io.orderflow.fulfillment.infrastructure.persistence;

import io.orderflow.fulfillment.domain.StockLevel;
import io.orderflow.fulfillment.domain.UnregisteredStock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;

/**
 * One statement: stock rows without a catalog row, and nothing reserved. It locks them in sku
 * order, as {@link JpaInventory} does, so it never waits in a circle with a handler.
 */
@ApplicationScoped
public class JpaUnregisteredStock implements UnregisteredStock {

  static final String REMOVE =
      "with unregistered as (select s.sku from stock s where s.reserved = 0"
          + " and not exists (select 1 from catalog_product c where c.sku = s.sku)"
          + " order by s.sku for update)"
          + " delete from stock s using unregistered u where s.sku = u.sku"
          + " returning s.sku, s.on_hand, s.reserved, s.version";

  @PersistenceContext(unitName = "fulfillment")
  EntityManager em;

  @Override
  @SuppressWarnings("unchecked")
  public List<StockLevel> remove() {
    List<Object[]> removed = em.createNativeQuery(REMOVE).getResultList();
    return removed.stream()
        .map(
            row ->
                new StockLevel(
                    (String) row[0],
                    ((Number) row[1]).intValue(),
                    ((Number) row[2]).intValue(),
                    ((Number) row[3]).longValue()))
        .sorted(Comparator.comparing(StockLevel::sku))
        .toList();
  }
}

package io.orderflow.fulfillment.infrastructure.persistence;

import io.orderflow.fulfillment.domain.Catalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.TreeSet;

/** The learned skus as plain rows: a repeated registration inserts nothing. */
@ApplicationScoped
public class JpaCatalog implements Catalog {

  @PersistenceContext(unitName = "fulfillment")
  EntityManager em;

  @Override
  public boolean knows(String sku) {
    return !em.createNativeQuery("select 1 from catalog_product where sku = ?1")
        .setParameter(1, sku)
        .getResultList()
        .isEmpty();
  }

  /** In sku order, so that two transactions learning the same skus never wait in a circle. */
  @Override
  public void learn(Collection<String> skus) {
    for (String sku : new TreeSet<>(skus)) {
      em.createNativeQuery(
              "insert into catalog_product (sku, learned_at) values (?1, clock_timestamp())"
                  + " on conflict (sku) do nothing")
          .setParameter(1, sku)
          .executeUpdate();
    }
  }
}

package io.orderflow.web.views;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads the catalog with its stock from schema {@code views}. */
@ApplicationScoped
public class ProductViews {

  @PersistenceContext(unitName = "views-read")
  EntityManager em;

  public List<ProductAvailability> all() {
    return em.createQuery(
            "select p from ProductAvailability p order by p.sku", ProductAvailability.class)
        .setHint(OrderViews.READ_ONLY, true)
        .getResultList();
  }

  /**
   * Whether the views hold the registration of a product with this sku. A row without a name shows
   * stock that arrived before the registration, or stock of something nobody registered.
   */
  public boolean isRegistered(String sku) {
    ProductAvailability product = em.find(ProductAvailability.class, sku);
    return product != null && product.name() != null;
  }
}

package io.orderflow.order.infrastructure.persistence;

import io.orderflow.order.domain.Catalog;
import io.orderflow.order.domain.Product;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCatalog implements Catalog {

  @PersistenceContext(unitName = "orders")
  EntityManager em;

  @Override
  public Optional<Product> find(String sku) {
    return Optional.ofNullable(em.find(Product.class, sku));
  }

  @Override
  public void add(Product product) {
    em.persist(product);
  }

  @Override
  public List<String> skus() {
    return em.createQuery("select p.sku from Product p order by p.sku", String.class)
        .getResultList();
  }
}

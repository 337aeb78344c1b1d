package io.orderflow.fulfillment.infrastructure.persistence;

import io.orderflow.fulfillment.domain.Backorder;
import io.orderflow.fulfillment.domain.BackorderStatus;
import io.orderflow.fulfillment.domain.Backorders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaBackorders implements Backorders {

  @PersistenceContext(unitName = "fulfillment")
  EntityManager em;

  @Override
  public Optional<Backorder> find(UUID orderId) {
    return Optional.ofNullable(em.find(Backorder.class, orderId));
  }

  @Override
  public void add(Backorder backorder) {
    em.persist(backorder);
  }

  @Override
  public List<Backorder> waitingFor(String sku) {
    return em.createQuery(
            "select b from Backorder b where b.status = :waiting and b.orderId in"
                + " (select o.orderId from Backorder o join o.lines l where l.sku = :sku)"
                + " order by b.recordedAt, b.sequence",
            Backorder.class)
        .setParameter("waiting", BackorderStatus.WAITING)
        .setParameter("sku", sku)
        .getResultList();
  }

  /** A scalar query: it loads no backorder into the persistence context before the locks. */
  @Override
  @SuppressWarnings("unchecked")
  public List<String> skusWaitingAlongside(String sku) {
    return em.createNativeQuery(
            "select distinct other.sku from backorder_line other"
                + " join backorder b on b.order_id = other.order_id and b.status = 'WAITING'"
                + " where exists (select 1 from backorder_line l"
                + " where l.order_id = b.order_id and l.sku = ?1)")
        .setParameter(1, sku)
        .getResultList();
  }
}

package io.orderflow.fulfillment.infrastructure.persistence;

import io.orderflow.fulfillment.domain.Shipment;
import io.orderflow.fulfillment.domain.Shipments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaShipments implements Shipments {

  @PersistenceContext(unitName = "fulfillment")
  EntityManager em;

  @Override
  public Optional<Shipment> forOrder(UUID orderId) {
    return em.createQuery("select s from Shipment s where s.orderId = :orderId", Shipment.class)
        .setParameter("orderId", orderId)
        // a batch's shipments are written once, at its end; a shipment made earlier in this
        // transaction is for another order
        .setFlushMode(FlushModeType.COMMIT)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Shipment shipment) {
    em.persist(shipment);
  }
}

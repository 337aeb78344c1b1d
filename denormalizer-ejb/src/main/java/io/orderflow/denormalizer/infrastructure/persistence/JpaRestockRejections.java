package io.orderflow.denormalizer.infrastructure.persistence;

import io.orderflow.denormalizer.domain.RestockRejection;
import io.orderflow.denormalizer.domain.RestockRejections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;

@ApplicationScoped
public class JpaRestockRejections implements RestockRejections {

  @PersistenceContext(unitName = "views")
  EntityManager em;

  /** Keyed by the restock's id: a repeated event inserts nothing. */
  @Override
  public void record(RestockRejection rejection) {
    em.createNativeQuery(
            "insert into restock_rejection"
                + " (restock_id, sku, quantity, reason, correlation_id, rejected_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (restock_id) do nothing")
        .setParameter(1, rejection.restockId())
        .setParameter(2, rejection.sku())
        .setParameter(3, rejection.quantity())
        .setParameter(4, rejection.reason())
        .setParameter(5, rejection.correlationId())
        .setParameter(6, Timestamp.from(rejection.rejectedAt()))
        .executeUpdate();
  }
}

package io.orderflow.web.access.infrastructure;

import io.orderflow.web.access.domain.AuditEntry;
import io.orderflow.web.access.domain.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The audit trail in schema {@code access}: appended to, never changed. */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

  @PersistenceContext(unitName = "access")
  EntityManager em;

  @Override
  public void record(AuditEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<AuditEntry> recent(int limit) {
    return em.createQuery(
            "select e from AuditEntry e order by e.occurredAt desc, e.id desc", AuditEntry.class)
        .setMaxResults(limit)
        .getResultList();
  }
}

package io.orderflow.denormalizer.infrastructure.persistence;

import io.orderflow.denormalizer.domain.DeadLetterAudit;
import io.orderflow.denormalizer.domain.DeadLetterDiscard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;

@ApplicationScoped
public class JpaDeadLetterAudit implements DeadLetterAudit {

  @PersistenceContext(unitName = "views")
  EntityManager em;

  /** Keyed by the command's id: a repeated command inserts nothing. */
  @Override
  public void record(DeadLetterDiscard discard) {
    em.createNativeQuery(
            "insert into dead_letter_audit (audit_id, message_id, type, origin, correlation_id,"
                + " body, discarded_by, discarded_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                + " on conflict (audit_id) do nothing")
        .setParameter(1, discard.auditId())
        .setParameter(2, discard.messageId())
        .setParameter(3, discard.type())
        .setParameter(4, discard.origin())
        .setParameter(5, discard.correlationId())
        .setParameter(6, discard.body())
        .setParameter(7, discard.discardedBy())
        .setParameter(8, Timestamp.from(discard.discardedAt()))
        .executeUpdate();
  }
}

package io.orderflow.denormalizer.infrastructure.persistence;

import io.orderflow.denormalizer.domain.OrderTimeline;
import io.orderflow.denormalizer.domain.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;

@ApplicationScoped
public class JpaOrderTimeline implements OrderTimeline {

  @PersistenceContext(unitName = "views")
  EntityManager em;

  /** Keyed by message id: a repeated event inserts nothing. */
  @Override
  public void record(TimelineEntry entry) {
    em.createNativeQuery(
            "insert into order_timeline"
                + " (message_id, order_id, type, occurred_at, correlation_id, causation_id, detail)"
                + " values (?1, ?2, ?3, ?4, cast(?5 as uuid), cast(?6 as uuid), ?7)"
                + " on conflict (message_id) do nothing")
        .setParameter(1, entry.messageId())
        .setParameter(2, entry.orderId())
        .setParameter(3, entry.type())
        .setParameter(4, Timestamp.from(entry.occurredAt()))
        .setParameter(5, entry.correlationId())
        .setParameter(6, entry.causationId())
        .setParameter(7, entry.detail())
        .executeUpdate();
  }
}

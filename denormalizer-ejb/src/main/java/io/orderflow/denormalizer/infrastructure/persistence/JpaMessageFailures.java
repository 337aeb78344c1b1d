package io.orderflow.denormalizer.infrastructure.persistence;

import io.orderflow.denormalizer.domain.MessageFailure;
import io.orderflow.denormalizer.domain.MessageFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;

@ApplicationScoped
public class JpaMessageFailures implements MessageFailures {

  @PersistenceContext(unitName = "views")
  EntityManager em;

  /** Keyed by the failure event's id: a repeated event inserts nothing. */
  @Override
  public void record(MessageFailure failure) {
    em.createNativeQuery(
            "insert into message_failure (failure_id, message_id, type, origin, handler, attempt,"
                + " exception_class, exception_message, failed_at, correlation_id, parked)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
                + " on conflict (failure_id) do nothing")
        .setParameter(1, failure.failureId())
        .setParameter(2, failure.messageId())
        .setParameter(3, failure.type())
        .setParameter(4, failure.origin())
        .setParameter(5, failure.handler())
        .setParameter(6, failure.attempt())
        .setParameter(7, failure.exceptionClass())
        .setParameter(8, failure.exceptionMessage())
        .setParameter(9, Timestamp.from(failure.failedAt()))
        .setParameter(10, failure.correlationId())
        .setParameter(11, failure.parked())
        .executeUpdate();
  }
}

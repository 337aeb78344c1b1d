package io.orderflow.web.api.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads the recorded failed deliveries from schema {@code views}; the denormalizer writes them. */
@ApplicationScoped
public class RecordedFailures {

  private static final String READ_ONLY = "eclipselink.read-only";

  @PersistenceContext(unitName = "views-read")
  EntityManager em;

  /** Oldest attempt first. */
  public List<RecordedFailure> of(String messageId) {
    return em.createQuery(
            "select f from RecordedFailure f where f.messageId = :id order by f.attempt, f.failedAt",
            RecordedFailure.class)
        .setParameter("id", messageId)
        .setHint(READ_ONLY, true)
        .getResultList();
  }

  public Map<String, List<RecordedFailure>> of(Collection<String> messageIds) {
    if (messageIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select f from RecordedFailure f where f.messageId in :ids order by f.attempt, f.failedAt",
            RecordedFailure.class)
        .setParameter("ids", messageIds)
        .setHint(READ_ONLY, true)
        .getResultStream()
        .collect(Collectors.groupingBy(RecordedFailure::messageId));
  }
}

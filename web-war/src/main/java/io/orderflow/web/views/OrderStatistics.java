package io.orderflow.web.views;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Aggregates over the order view for the dashboard, computed by the database. */
@ApplicationScoped
public class OrderStatistics {

  @PersistenceContext(unitName = "views-read")
  EntityManager em;

  /** Number of orders in each status, by status name. */
  public Map<String, Long> countsByStatus() {
    Map<String, Long> counts = new TreeMap<>();
    em.createQuery(
            "select o.status, count(o) from OrderSummary o group by o.status", Object[].class)
        .getResultList()
        .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
    return counts;
  }

  /** Orders created per minute since {@code since}, every minute present (zero when none). */
  public Map<Instant, Long> createdPerMinuteSince(Instant since) {
    Instant firstMinute = since.truncatedTo(ChronoUnit.MINUTES);
    Map<Instant, Long> perMinute = new LinkedHashMap<>();
    for (Instant minute = firstMinute;
        !minute.isAfter(Instant.now());
        minute = minute.plus(1, ChronoUnit.MINUTES)) {
      perMinute.put(minute, 0L);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select extract(epoch from date_trunc('minute', created_at))::bigint, count(*)"
                    + " from views.order_summary where created_at >= ?1 group by 1")
            .setParameter(1, firstMinute.atOffset(ZoneOffset.UTC))
            .getResultList();
    rows.forEach(
        row ->
            perMinute.put(
                Instant.ofEpochSecond(((Number) row[0]).longValue()),
                ((Number) row[1]).longValue()));
    return perMinute;
  }

  /** The time of the newest event the order view has applied, if any. */
  public Optional<Instant> newestEventAt() {
    OffsetDateTime newest =
        em.createQuery("select max(o.lastEventAt) from OrderSummary o", OffsetDateTime.class)
            .getSingleResult();
    return Optional.ofNullable(newest).map(OffsetDateTime::toInstant);
  }

  /** Orders that waited for stock, newest first: the ones a restock releases. */
  public List<OrderSummary> backorderedRecently(int limit) {
    return em.createQuery(
            "select o from OrderSummary o where o.backorderedAt is not null"
                + " order by o.backorderedAt desc, o.orderId",
            OrderSummary.class)
        .setMaxResults(limit)
        .setHint(OrderViews.READ_ONLY, true)
        .getResultList();
  }
}

package io.orderflow.web.views;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads orders from schema {@code views}; the denormalizer is the only writer. */
@ApplicationScoped
public class OrderViews {

  /** EclipseLink returns shared copies it does not track, since nothing here is ever written. */
  static final String READ_ONLY = "eclipselink.read-only";

  @PersistenceContext(unitName = "views-read")
  EntityManager em;

  public Optional<OrderSummary> find(UUID orderId) {
    return em.createQuery("select o from OrderSummary o where o.orderId = :id", OrderSummary.class)
        .setParameter("id", orderId)
        .setHint(READ_ONLY, true)
        .getResultStream()
        .findFirst();
  }

  public List<OrderSummaryLine> lines(UUID orderId) {
    return em.createQuery(
            "select l from OrderSummaryLine l where l.orderId = :id order by l.lineNo",
            OrderSummaryLine.class)
        .setParameter("id", orderId)
        .setHint(READ_ONLY, true)
        .getResultList();
  }

  public List<OrderTimelineEntry> timeline(UUID orderId) {
    return em.createQuery(
            "select t from OrderTimelineEntry t where t.orderId = :id"
                + " order by t.occurredAt, t.messageId",
            OrderTimelineEntry.class)
        .setParameter("id", orderId)
        .setHint(READ_ONLY, true)
        .getResultList();
  }

  /**
   * Newest first. A rejected order has no creation time, and an order whose later events arrived
   * first has none yet, so it is ranked by the first time the view knows.
   */
  public Page<OrderSummary> list(OrderFilter filter) {
    // Only the conditions asked for: PostgreSQL cannot type a bare "? is null" parameter.
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (filter.status() != null) {
      parameters.put("status", filter.status());
    }
    if (filter.customerId() != null) {
      parameters.put("customerId", filter.customerId());
    }
    if (filter.customers() != null) {
      parameters.put("customers", filter.customers());
    }
    String where =
        parameters.isEmpty()
            ? ""
            : parameters.keySet().stream()
                .map(
                    name ->
                        name.equals("customers")
                            ? "o.customerId in :customers"
                            : "o." + name + " = :" + name)
                .collect(Collectors.joining(" and ", " where ", ""));
    TypedQuery<Object[]> items =
        em.createQuery(
            "select o, coalesce(o.createdAt, o.rejectedAt, o.lastEventAt) as placedAt"
                + " from OrderSummary o"
                + where
                + " order by placedAt desc, o.orderId",
            Object[].class);
    TypedQuery<Long> count =
        em.createQuery("select count(o) from OrderSummary o" + where, Long.class);
    parameters.forEach(
        (name, value) -> {
          items.setParameter(name, value);
          count.setParameter(name, value);
        });
    List<OrderSummary> page =
        items
            .setFirstResult(filter.page() * filter.size())
            .setMaxResults(filter.size())
            .setHint(READ_ONLY, true)
            .getResultStream()
            .map(row -> (OrderSummary) row[0])
            .toList();
    return new Page<>(page, count.getSingleResult());
  }
}

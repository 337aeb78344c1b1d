package io.orderflow.web.views;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The portal's order list: filtered, sorted and paged by the database. */
@ApplicationScoped
public class OrderSearches {

  /** Sortable properties of {@link OrderSummary}, besides the placing time. */
  public static final Set<String> SORTABLE = Set.of("customerId", "status", "total", "lastEventAt");

  private static final String PLACED_AT = "coalesce(o.createdAt, o.rejectedAt, o.lastEventAt)";

  @PersistenceContext(unitName = "views-read")
  EntityManager em;

  public long count(OrderSearch search) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    TypedQuery<Long> count =
        em.createQuery(
            "select count(o) from OrderSummary o" + where(search, parameters), Long.class);
    parameters.forEach(count::setParameter);
    return count.getSingleResult();
  }

  public List<OrderSummary> page(OrderSearch search, int first, int size) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String direction = search.ascending() ? " asc" : " desc";
    String sort =
        search.sortBy() != null && SORTABLE.contains(search.sortBy())
            ? "o." + search.sortBy() + direction + ", placedAt desc"
            : "placedAt" + direction;
    TypedQuery<Object[]> items =
        em.createQuery(
            "select o, "
                + PLACED_AT
                + " as placedAt from OrderSummary o"
                + where(search, parameters)
                + " order by "
                + sort
                + ", o.orderId",
            Object[].class);
    parameters.forEach(items::setParameter);
    return items
        .setFirstResult(first)
        .setMaxResults(size)
        .setHint(OrderViews.READ_ONLY, true)
        .getResultStream()
        .map(row -> (OrderSummary) row[0])
        .toList();
  }

  /** Only the conditions asked for: PostgreSQL cannot type a bare "? is null" parameter. */
  private static String where(OrderSearch search, Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder();
    if (search.orderId() != null) {
      and(where, "o.orderId = :orderId");
      parameters.put("orderId", search.orderId());
    }
    if (search.status() != null) {
      and(where, "o.status = :status");
      parameters.put("status", search.status());
    }
    if (search.customerId() != null) {
      and(where, "lower(o.customerId) like :customerId");
      parameters.put("customerId", "%" + search.customerId().toLowerCase(Locale.ROOT) + "%");
    }
    if (search.placedFrom() != null) {
      and(where, PLACED_AT + " >= :placedFrom");
      parameters.put("placedFrom", search.placedFrom());
    }
    if (search.placedTo() != null) {
      and(where, PLACED_AT + " < :placedTo");
      parameters.put("placedTo", search.placedTo());
    }
    return where.toString();
  }

  private static void and(StringBuilder where, String condition) {
    where.append(where.length() == 0 ? " where " : " and ").append(condition);
  }
}

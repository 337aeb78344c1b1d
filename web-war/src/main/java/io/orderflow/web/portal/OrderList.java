package io.orderflow.web.portal;

import io.orderflow.web.views.OrderSearch;
import io.orderflow.web.views.OrderSearches;
import io.orderflow.web.views.OrderSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The orders page: filters above a lazy table that the database sorts and pages. Live updates
 * re-read the current page.
 */
@Named
@ViewScoped
public class OrderList implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final List<String> STATUSES =
      List.of("CREATED", "BACKORDERED", "FULFILLED", "REJECTED");

  @Inject OrderSearches searches;
  @Inject UserZone userZone;

  private String orderId;
  private String status;
  private String customerId;
  private LocalDateTime placedFrom;
  private LocalDateTime placedTo;

  private final LazyDataModel<OrderSummary> orders = new Orders();

  public LazyDataModel<OrderSummary> getOrders() {
    return orders;
  }

  public List<String> getStatuses() {
    return STATUSES;
  }

  /** Empties every filter. */
  public void clear() {
    orderId = null;
    status = null;
    customerId = null;
    placedFrom = null;
    placedTo = null;
  }

  /** An order id that is not a UUID matches nothing rather than everything. */
  private OrderSearch search(String sortBy, boolean ascending) {
    UUID id = null;
    if (orderId != null && !orderId.isBlank()) {
      try {
        id = UUID.fromString(orderId.strip());
      } catch (IllegalArgumentException e) {
        id = new UUID(0, 0);
      }
    }
    return new OrderSearch(
        id,
        blankToNull(status),
        blankToNull(customerId),
        inUserZone(placedFrom),
        inUserZone(placedTo),
        sortBy,
        ascending);
  }

  private OffsetDateTime inUserZone(LocalDateTime time) {
    return time == null ? null : time.atZone(userZone.zone()).toOffsetDateTime();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The table's data: each page is one query, sorted by the column the user picked. */
  private class Orders extends LazyDataModel<OrderSummary> {

    private static final long serialVersionUID = 1L;
    private transient List<OrderSummary> page = List.of();

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, searches.count(search(null, false)));
    }

    @Override
    public List<OrderSummary> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
      OrderSearch search =
          sort == null
              ? search(null, false)
              : search(sort.getField(), sort.getOrder() == SortOrder.ASCENDING);
      page = searches.page(search, first, pageSize);
      return page;
    }

    @Override
    public String getRowKey(OrderSummary order) {
      return order.orderId().toString();
    }

    @Override
    public OrderSummary getRowData(String rowKey) {
      return page == null
          ? null
          : page.stream()
              .filter(order -> order.orderId().toString().equals(rowKey))
              .findFirst()
              .orElse(null);
    }
  }

  public String getOrderId() {
    return orderId;
  }

  public void setOrderId(String orderId) {
    this.orderId = orderId;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getCustomerId() {
    return customerId;
  }

  public void setCustomerId(String customerId) {
    this.customerId = customerId;
  }

  public LocalDateTime getPlacedFrom() {
    return placedFrom;
  }

  public void setPlacedFrom(LocalDateTime placedFrom) {
    this.placedFrom = placedFrom;
  }

  public LocalDateTime getPlacedTo() {
    return placedTo;
  }

  public void setPlacedTo(LocalDateTime placedTo) {
    this.placedTo = placedTo;
  }
}

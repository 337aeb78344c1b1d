package io.orderflow.web.portal;

import io.orderflow.web.views.OrderFilter;
import io.orderflow.web.views.OrderSummary;
import io.orderflow.web.views.OrderViews;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The newest orders, read once per request; the page polls to follow their progress. */
@Named
@RequestScoped
public class RecentOrders {

  static final int SHOWN = 25;

  @Inject OrderViews orderViews;

  private List<OrderSummary> orders;

  public List<OrderSummary> getOrders() {
    if (orders == null) {
      orders = orderViews.list(new OrderFilter(null, null, 0, SHOWN)).items();
    }
    return orders;
  }

  /** Faces 4.0 converts no Instant (4.1 does), so pages show times as UTC offset date-times. */
  public OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}

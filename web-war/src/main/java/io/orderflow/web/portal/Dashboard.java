package io.orderflow.web.portal;

import io.orderflow.web.views.OrderStatistics;
import io.orderflow.web.views.ProductAvailability;
import io.orderflow.web.views.ProductViews;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The dashboard's figures, read once per request (the page re-reads them on every change). */
@Named
@RequestScoped
public class Dashboard {

  /** Products with fewer units than this on the shelf are shown as running low. */
  static final int LOW_STOCK = 5;

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm");

  @Inject OrderStatistics statistics;
  @Inject ProductViews productViews;
  @Inject UserZone userZone;
  @Inject Feedback feedback;

  private Map<String, Long> counts;

  public long count(String status) {
    if (counts == null) {
      counts = statistics.countsByStatus();
    }
    return counts.getOrDefault(status, 0L);
  }

  public List<String> getStatuses() {
    return OrderList.STATUSES;
  }

  /** A Chart.js bar chart of the orders created in each minute of the last hour. */
  public String getOrdersPerMinuteChart() {
    Map<Instant, Long> perMinute =
        statistics.createdPerMinuteSince(Instant.now().minus(Duration.ofMinutes(59)));
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    perMinute.forEach(
        (minute, count) -> {
          labels.add(MINUTE.format(minute.atZone(userZone.zone())));
          values.add(count);
        });
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", feedback.text("dashboard.perMinute.series"))
                                .add("backgroundColor", "#42A5F5")
                                .add("data", values))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false))))
        .build()
        .toString();
  }

  /**
   * How far the order view trails: now minus the newest event it has applied. It also grows while
   * nothing happens, so it is a ceiling on the lag, not the lag itself.
   */
  public String getConsistencyLag() {
    Optional<Instant> newest = statistics.newestEventAt();
    if (newest.isEmpty()) {
      return feedback.text("dashboard.lag.none");
    }
    Duration lag = Duration.between(newest.get(), Instant.now());
    return lag.isNegative() ? "0 s" : formatted(lag);
  }

  private static String formatted(Duration duration) {
    if (duration.toMinutes() < 2) {
      return String.format("%.1f s", duration.toMillis() / 1000.0);
    }
    if (duration.toHours() < 2) {
      return duration.toMinutes() + " min";
    }
    return duration.toHours() + " h";
  }

  public List<ProductAvailability> getLowStock() {
    return productViews.all().stream().filter(product -> product.available() < LOW_STOCK).toList();
  }
}

package io.orderflow.order.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Decides whether an order is accepted: every line names a known product in a quantity from 1 to
 * 1000. An accepted order is priced from the catalog; a refused one keeps every reason found.
 */
public class OrderIntake {

  public static final int MIN_QUANTITY = 1;
  public static final int MAX_QUANTITY = 1000;

  private final Catalog catalog;

  public OrderIntake(Catalog catalog) {
    this.catalog = catalog;
  }

  public Order place(UUID orderId, String customerId, List<RequestedLine> requested, Instant now) {
    List<String> problems = new ArrayList<>();
    if (customerId == null || customerId.isBlank()) {
      problems.add("the customer id is missing");
    }
    if (requested == null || requested.isEmpty()) {
      problems.add("an order needs at least one line");
    }
    List<OrderLine> priced = new ArrayList<>();
    for (RequestedLine line : requested == null ? List.<RequestedLine>of() : requested) {
      price(line, problems).ifPresent(priced::add);
    }
    String customer = customerId == null ? "" : customerId;
    return problems.isEmpty()
        ? Order.created(orderId, customer, priced, now)
        : Order.rejected(orderId, customer, String.join("; ", problems), now);
  }

  private Optional<OrderLine> price(RequestedLine line, List<String> problems) {
    if (line == null || line.sku() == null || line.sku().isBlank()) {
      problems.add("a line has no sku");
      return Optional.empty();
    }
    if (line.quantity() < MIN_QUANTITY || line.quantity() > MAX_QUANTITY) {
      problems.add(
          "quantity of "
              + line.sku()
              + " must be between "
              + MIN_QUANTITY
              + " and "
              + MAX_QUANTITY
              + ", was "
              + line.quantity());
      return Optional.empty();
    }
    Optional<Product> product = catalog.find(line.sku());
    if (product.isEmpty()) {
      problems.add("unknown sku " + line.sku());
    }
    return product.map(p -> new OrderLine(p, line.quantity()));
  }
}

package io.orderflow.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of the order list, newest first. */
@JsonbPropertyOrder({"items", "page", "size", "total"})
public class OrderPage {

  public List<OrderOverview> items;
  public int page;
  public int size;
  public long total;

  static OrderPage of(List<OrderOverview> items, int page, int size, long total) {
    OrderPage result = new OrderPage();
    result.items = items;
    result.page = page;
    result.size = size;
    result.total = total;
    return result;
  }
}

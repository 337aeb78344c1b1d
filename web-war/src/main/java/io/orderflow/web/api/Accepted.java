package io.orderflow.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.UUID;

/** Answer to a command: it was sent, and its outcome will show in the views. */
@JsonbPropertyOrder({"orderId", "sku", "quantity", "status", "message"})
public class Accepted {

  public static final String STATUS = "ACCEPTED";

  public UUID orderId;
  public String sku;
  public Integer quantity;
  public final String status = STATUS;
  public String message;

  static Accepted order(UUID orderId) {
    Accepted accepted = new Accepted();
    accepted.orderId = orderId;
    accepted.message = "We're processing your order";
    return accepted;
  }

  static Accepted restock(String sku, int quantity) {
    Accepted accepted = new Accepted();
    accepted.sku = sku;
    accepted.quantity = quantity;
    accepted.message = "We're adding the units to the stock";
    return accepted;
  }
}

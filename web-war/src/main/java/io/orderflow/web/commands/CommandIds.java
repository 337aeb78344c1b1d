package io.orderflow.web.commands;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.UUID;

/**
 * Message ids derived from what a command means, so sending it again carries the same id: the
 * broker's duplicate detection and the receiving service's inbox both drop the repeat.
 */
public final class CommandIds {

  private CommandIds() {}

  /** One {@code order.create} per order id, however often the client posts it. */
  public static UUID createOrder(UUID orderId) {
    return nameBased("order.create:" + orderId);
  }

  /** One {@code inventory.restock} per delivery the client names, however often it posts it. */
  public static UUID restock(String sku, UUID restockId) {
    return nameBased("inventory.restock:" + sku + ":" + restockId);
  }

  /** The seed catalog registers each sku once, across all restarts. */
  public static UUID seedProductRegistration(String sku) {
    return nameBased("seed:product.register:" + sku);
  }

  /** The seed catalog's initial stock arrives once per sku, across all restarts. */
  public static UUID seedInitialStock(String sku) {
    return nameBased("seed:inventory.restock:" + sku);
  }

  private static UUID nameBased(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(UTF_8));
  }
}

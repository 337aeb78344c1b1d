package io.orderflow.fulfillment.infrastructure.messaging;

import static io.orderflow.testing.TestDatabase.count;
import static io.orderflow.testing.TestDatabase.query;
import static org.awaitility.Awaitility.await;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.ProductRegistered;
import io.orderflow.contracts.messages.RestockInventory;
import io.orderflow.testing.TestMessaging;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * What the fulfillment tests play besides the service: the order service registering products, the
 * warehouse sending restocks; and what they read of the service's schema.
 */
final class Counterparts {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private final TestMessaging messaging;

  Counterparts(TestMessaging messaging) {
    this.messaging = messaging;
  }

  /** A sku of the test's own, so that tests do not see each other's stock. */
  static String newSku() {
    return "IT-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A new sku, registered, and known to fulfillment before this returns. */
  String registeredSku() {
    String sku = newSku();
    register(sku);
    await().atMost(WAIT).until(() -> knows(sku));
    return sku;
  }

  /** Publishes {@code product.registered} as the order service would; returns its message id. */
  UUID register(String sku) {
    return messaging.send(
        MessageTypes.PRODUCT_REGISTERED,
        sku,
        new ProductRegistered(sku, "Item " + sku, new BigDecimal("2.50")));
  }

  /** Sends {@code inventory.restock} as the warehouse would; returns its message id. */
  UUID sendRestock(String sku, int quantity) {
    return messaging.send(MessageTypes.INVENTORY_RESTOCK, sku, new RestockInventory(sku, quantity));
  }

  static boolean knows(String sku) {
    return count("select count(*) from fulfillment.catalog_product where sku = ?", sku) == 1;
  }

  static boolean hasStock(String sku) {
    return count("select count(*) from fulfillment.stock where sku = ?", sku) == 1;
  }

  static Map<String, Object> stockRow(String sku) {
    return query("select on_hand, reserved from fulfillment.stock where sku = ?", sku).get(0);
  }

  static boolean processed(UUID messageId) {
    return count(
            "select count(*) from fulfillment.processed_message where message_id = ?", messageId)
        == 1;
  }
}

package io.orderflow.contracts.messages;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every message the platform knows: commands in the present tense, events in the past. */
public final class MessageTypes {

  public static final MessageType<CreateOrder> ORDER_CREATE =
      MessageType.command("order.create", CreateOrder.class);
  public static final MessageType<RegisterProduct> PRODUCT_REGISTER =
      MessageType.command("product.register", RegisterProduct.class);
  public static final MessageType<RestockInventory> INVENTORY_RESTOCK =
      MessageType.command("inventory.restock", RestockInventory.class);
  public static final MessageType<RecordDeadLetterDiscard> DEAD_LETTER_RECORD_DISCARD =
      MessageType.command("dead-letter.record-discard", RecordDeadLetterDiscard.class);

  public static final MessageType<OrderCreated> ORDER_CREATED =
      MessageType.event("order.created", OrderCreated.class);
  public static final MessageType<OrderRejected> ORDER_REJECTED =
      MessageType.event("order.rejected", OrderRejected.class);
  public static final MessageType<OrderFulfilled> ORDER_FULFILLED =
      MessageType.event("order.fulfilled", OrderFulfilled.class);
  public static final MessageType<OrderBackordered> ORDER_BACKORDERED =
      MessageType.event("order.backordered", OrderBackordered.class);
  public static final MessageType<ProductRegistered> PRODUCT_REGISTERED =
      MessageType.event("product.registered", ProductRegistered.class);
  public static final MessageType<StockRestocked> STOCK_RESTOCKED =
      MessageType.event("stock.restocked", StockRestocked.class);
  public static final MessageType<StockChanged> STOCK_CHANGED =
      MessageType.event("stock.changed", StockChanged.class);
  public static final MessageType<RestockRejected> STOCK_RESTOCK_REJECTED =
      MessageType.event("stock.restock-rejected", RestockRejected.class);
  public static final MessageType<StockRemoved> STOCK_REMOVED =
      MessageType.event("stock.removed", StockRemoved.class);
  public static final MessageType<CatalogAnnounced> CATALOG_ANNOUNCED =
      MessageType.event("catalog.announced", CatalogAnnounced.class);

  /** Published by the messaging plumbing of every service, not by a domain. */
  public static final MessageType<MessageFailed> MESSAGE_FAILED =
      MessageType.event("message.failed", MessageFailed.class);

  public static final List<MessageType<?>> ALL =
      List.of(
          ORDER_CREATE,
          PRODUCT_REGISTER,
          INVENTORY_RESTOCK,
          DEAD_LETTER_RECORD_DISCARD,
          ORDER_CREATED,
          ORDER_REJECTED,
          ORDER_FULFILLED,
          ORDER_BACKORDERED,
          PRODUCT_REGISTERED,
          STOCK_RESTOCKED,
          STOCK_CHANGED,
          STOCK_RESTOCK_REJECTED,
          STOCK_REMOVED,
          CATALOG_ANNOUNCED,
          MESSAGE_FAILED);

  private static final Map<String, MessageType<?>> BY_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(MessageType::name, Function.identity()));

  private MessageTypes() {}

  public static Optional<MessageType<?>> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }
}

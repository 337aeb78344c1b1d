package io.orderflow.web.commands;

import io.orderflow.contracts.messages.CreateOrder;
import io.orderflow.contracts.messages.MessageType;
import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.RegisterProduct;
import io.orderflow.contracts.messages.RestockInventory;
import io.orderflow.messaging.MessageSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * The front end's only way to change state: it sends commands and never waits for their outcome. A
 * broker that cannot take the command surfaces as {@link BrokerUnavailableException}.
 */
@ApplicationScoped
public class CommandSender {

  @Inject MessageSender messages;

  /** Sends {@code order.create} with an id derived from the order id, so a resend is dropped. */
  public void createOrder(CreateOrder command) {
    send(
        MessageTypes.ORDER_CREATE,
        command.orderId().toString(),
        command,
        CommandIds.createOrder(command.orderId()));
  }

  /** Sends {@code inventory.restock}; every call is a new delivery of goods. */
  public void restock(String sku, int quantity) {
    send(
        MessageTypes.INVENTORY_RESTOCK,
        sku,
        new RestockInventory(sku, quantity),
        UUID.randomUUID());
  }

  /** Sends {@code inventory.restock} under a caller-chosen id, for restocks that happen once. */
  public void restock(String sku, int quantity, UUID messageId) {
    send(MessageTypes.INVENTORY_RESTOCK, sku, new RestockInventory(sku, quantity), messageId);
  }

  /** Sends {@code product.register} under a caller-chosen id. */
  public void registerProduct(RegisterProduct command, UUID messageId) {
    send(MessageTypes.PRODUCT_REGISTER, command.sku(), command, messageId);
  }

  private <P> void send(MessageType<P> type, String groupId, P payload, UUID messageId) {
    try {
      messages.send(type, groupId, payload, messageId);
    } catch (RuntimeException e) {
      if (BrokerUnavailableException.isBrokerFailure(e)) {
        throw new BrokerUnavailableException("could not send " + type.name(), e);
      }
      throw e;
    }
  }
}

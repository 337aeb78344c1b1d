package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.StockRemoved;
import io.orderflow.denormalizer.application.StockRemovedHandler;
import io.orderflow.messaging.Inbox;
import io.orderflow.messaging.MessageDrivenConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;

/** Takes {@code stock.removed} events off the denormalizer's shared durable subscription. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "stock.removed"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
      @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
      @ActivationConfigProperty(
          propertyName = "subscriptionName",
          propertyValue = "denormalizer.stock.removed"),
      @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true")
    })
public class StockRemovedConsumer extends MessageDrivenConsumer<StockRemoved>
    implements MessageListener {

  @Inject DenormalizerInbox inbox;
  @Inject StockRemovedHandler handler;

  public StockRemovedConsumer() {
    super(MessageTypes.STOCK_REMOVED);
  }

  @Override
  protected Inbox inbox() {
    return inbox;
  }

  @Override
  protected void handle(StockRemoved payload) {
    handler.handle(payload);
  }
}

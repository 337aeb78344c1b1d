package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.StockChanged;
import io.orderflow.denormalizer.application.StockChangedHandler;
import io.orderflow.messaging.Inbox;
import io.orderflow.messaging.MessageDrivenConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;

/** Takes {@code stock.changed} events off the denormalizer's shared durable subscription. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "stock.changed"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
      @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
      @ActivationConfigProperty(
          propertyName = "subscriptionName",
          propertyValue = "denormalizer.stock.changed"),
      @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true")
    })
public class StockChangedConsumer extends MessageDrivenConsumer<StockChanged>
    implements MessageListener {

  @Inject DenormalizerInbox inbox;
  @Inject StockChangedHandler handler;

  public StockChangedConsumer() {
    super(MessageTypes.STOCK_CHANGED);
  }

  @Override
  protected Inbox inbox() {
    return inbox;
  }

  @Override
  protected void handle(StockChanged payload) {
    handler.handle(payload);
  }
}

package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.RestockRejected;
import io.orderflow.denormalizer.application.RestockRejectedHandler;
import io.orderflow.messaging.Inbox;
import io.orderflow.messaging.MessageDrivenConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;

/**
 * Takes {@code stock.restock-rejected} events off the denormalizer's shared durable subscription.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(
          propertyName = "destination",
          propertyValue = "stock.restock-rejected"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
      @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
      @ActivationConfigProperty(
          propertyName = "subscriptionName",
          propertyValue = "denormalizer.stock.restock-rejected"),
      @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true")
    })
public class RestockRejectedConsumer extends MessageDrivenConsumer<RestockRejected>
    implements MessageListener {

  @Inject DenormalizerInbox inbox;
  @Inject RestockRejectedHandler handler;

  public RestockRejectedConsumer() {
    super(MessageTypes.STOCK_RESTOCK_REJECTED);
  }

  @Override
  protected Inbox inbox() {
    return inbox;
  }

  @Override
  protected void handle(RestockRejected payload) {
    handler.handle(payload);
  }
}

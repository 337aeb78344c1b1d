package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.ProductRegistered;
import io.orderflow.denormalizer.application.ProductRegisteredHandler;
import io.orderflow.messaging.Inbox;
import io.orderflow.messaging.MessageDrivenConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;

/** Takes {@code product.registered} events off the denormalizer's shared durable subscription. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "product.registered"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
      @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
      @ActivationConfigProperty(
          propertyName = "subscriptionName",
          propertyValue = "denormalizer.product.registered"),
      @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true")
    })
public class ProductRegisteredConsumer extends MessageDrivenConsumer<ProductRegistered>
    implements MessageListener {

  @Inject DenormalizerInbox inbox;
  @Inject ProductRegisteredHandler handler;

  public ProductRegisteredConsumer() {
    super(MessageTypes.PRODUCT_REGISTERED);
  }

  @Override
  protected Inbox inbox() {
    return inbox;
  }

  @Override
  protected void handle(ProductRegistered payload) {
    handler.handle(payload);
  }
}

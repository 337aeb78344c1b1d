package io.orderflow.fulfillment.infrastructure.messaging;

import io.orderflow.contracts.messages.CatalogAnnounced;
import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.fulfillment.application.CatalogAnnouncedHandler;
import io.orderflow.messaging.Inbox;
import io.orderflow.messaging.MessageDrivenConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;

/**
 * Takes {@code catalog.announced} events off the fulfillment service's shared durable subscription.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "catalog.announced"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
      @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
      @ActivationConfigProperty(
          propertyName = "subscriptionName",
          propertyValue = "fulfillment.catalog.announced"),
      @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true")
    })
public class CatalogAnnouncedConsumer extends MessageDrivenConsumer<CatalogAnnounced>
    implements MessageListener {

  @Inject FulfillmentServiceInbox inbox;
  @Inject CatalogAnnouncedHandler handler;

  public CatalogAnnouncedConsumer() {
    super(MessageTypes.CATALOG_ANNOUNCED);
  }

  @Override
  protected Inbox inbox() {
    return inbox;
  }

  @Override
  protected void handle(CatalogAnnounced payload) {
    handler.handle(payload);
  }
}

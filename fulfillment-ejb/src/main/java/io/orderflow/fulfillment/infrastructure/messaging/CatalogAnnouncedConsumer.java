package io.orderflow.fulfillment.infrastructure.messaging;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.fulfillment.application.CatalogAnnouncedHandler;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Takes {@code catalog.announced} events off the fulfillment service's shared subscription. */
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
          propertyValue = "fulfillment.catalog.announced")
    })
public class CatalogAnnouncedConsumer implements MessageListener {

  @Inject FulfillmentServiceInbox inbox;
  @Inject CatalogAnnouncedHandler handler;

  @Override
  public void onMessage(Message message) {
    inbox.receive(message, MessageTypes.CATALOG_ANNOUNCED, handler::handle);
  }
}

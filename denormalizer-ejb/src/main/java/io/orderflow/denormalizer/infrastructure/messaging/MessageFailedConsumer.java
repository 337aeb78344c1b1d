package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.contracts.messages.MessageFailed;
import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.denormalizer.application.MessageFailedHandler;
import io.orderflow.messaging.Inbox;
import io.orderflow.messaging.MessageDrivenConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.MessageListener;

/**
 * Takes {@code message.failed} events, which every service publishes for a failed delivery, off the
 * denormalizer's shared durable subscription.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "message.failed"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
      @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
      @ActivationConfigProperty(
          propertyName = "subscriptionName",
          propertyValue = "denormalizer.message.failed"),
      @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true")
    })
public class MessageFailedConsumer extends MessageDrivenConsumer<MessageFailed>
    implements MessageListener {

  @Inject DenormalizerInbox inbox;
  @Inject MessageFailedHandler handler;

  public MessageFailedConsumer() {
    super(MessageTypes.MESSAGE_FAILED);
  }

  @Override
  protected Inbox inbox() {
    return inbox;
  }

  @Override
  protected void handle(MessageFailed payload) {
    handler.handle(payload);
  }
}

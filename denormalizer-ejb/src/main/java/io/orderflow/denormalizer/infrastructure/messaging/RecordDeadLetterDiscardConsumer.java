package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.denormalizer.application.RecordDeadLetterDiscardHandler;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Takes {@code dead-letter.record-discard} commands off their queue. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "destination",
          propertyValue = "dead-letter.record-discard"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")
    })
public class RecordDeadLetterDiscardConsumer implements MessageListener {

  @Inject DenormalizerInbox inbox;
  @Inject RecordDeadLetterDiscardHandler handler;

  @Override
  public void onMessage(Message message) {
    inbox.receive(message, MessageTypes.DEAD_LETTER_RECORD_DISCARD, handler::handle);
  }
}

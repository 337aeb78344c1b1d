package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.RecordDeadLetterDiscard;
import io.orderflow.denormalizer.application.RecordDeadLetterDiscardHandler;
import io.orderflow.messaging.Inbox;
import io.orderflow.messaging.MessageDrivenConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
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
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true")
    })
public class RecordDeadLetterDiscardConsumer extends MessageDrivenConsumer<RecordDeadLetterDiscard>
    implements MessageListener {

  @Inject DenormalizerInbox inbox;
  @Inject RecordDeadLetterDiscardHandler handler;

  public RecordDeadLetterDiscardConsumer() {
    super(MessageTypes.DEAD_LETTER_RECORD_DISCARD);
  }

  @Override
  protected Inbox inbox() {
    return inbox;
  }

  @Override
  protected void handle(RecordDeadLetterDiscard payload) {
    handler.handle(payload);
  }
}

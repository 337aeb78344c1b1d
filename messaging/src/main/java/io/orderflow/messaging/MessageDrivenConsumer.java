package io.orderflow.messaging;

import io.orderflow.contracts.messages.MessageType;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * A message-driven bean for one message type: it names the type once, and hands each delivery to
 * its service's {@link Inbox} and handler. A service declares one subclass per consumed message
 * type, annotated {@code @MessageDriven} with the destination named after that type (a rule of the
 * architecture tests) and {@code useLocalTx=true}.
 *
 * <p>Deliveries run without a JTA transaction ({@code NOT_SUPPORTED}, declared here for the {@link
 * #onMessage} every subclass inherits): the resource adapter acknowledges each message in a local
 * broker transaction when this returns, after the inbox has committed the database work and
 * published what it staged.
 */
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public abstract class MessageDrivenConsumer<P> implements MessageListener {

  private final MessageType<P> messageType;

  protected MessageDrivenConsumer(MessageType<P> messageType) {
    this.messageType = messageType;
  }

  /** The message type this bean consumes, and so its destination. */
  public final MessageType<P> messageType() {
    return messageType;
  }

  @Override
  public void onMessage(Message message) {
    inbox().receive(message, messageType, getClass().getName(), this::handle);
  }

  /** The inbox of the bean's service. */
  protected abstract Inbox inbox();

  /** Hands the payload to the service's handler for this message type. */
  protected abstract void handle(P payload);
}

package io.orderflow.messaging;

import io.orderflow.contracts.messages.MessageType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * What a handler publishes. Nothing reaches the broker here: the message is staged with the message
 * being handled, the {@link Inbox} records it in the handler's database transaction (the inbox row
 * is the outbox), and publishes it once that transaction has committed. A handler that fails
 * publishes nothing.
 */
@ApplicationScoped
public class Outbox {

  @Inject MessageContext context;
  @Inject MessageCodec codec;

  /**
   * Stages a message caused by the one being handled: it keeps its correlation id and names it as
   * cause. The group id keeps one order's messages in order.
   */
  public <P> void publish(MessageType<P> type, String groupId, P payload) {
    Envelope cause =
        context
            .current()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the outbox publishes only while a message is handled; "
                            + type.name()
                            + " has no message to be caused by"));
    context.stage(cause.causes(type.name(), UUID.randomUUID(), groupId, codec.toJson(payload)));
  }
}

package io.orderflow.contracts.messaging;

import io.orderflow.contracts.messages.MessageType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Receives one message for a handler: reads the envelope, makes it the cause of whatever the
 * handler publishes, and skips a message id this service has already processed. The processed id is
 * recorded in the service's own schema, in the same transaction as the handler's writes, so the
 * effect and the record commit together or not at all.
 *
 * <p>Each service extends this once, naming its persistence unit.
 */
public abstract class Inbox {

  private static final Logger LOG = Logger.getLogger(Inbox.class.getName());

  @Inject MessageContext context;
  @Inject MessageCodec codec;

  /** The service's persistence context; its schema holds the {@code processed_message} table. */
  protected abstract EntityManager entityManager();

  public <P> void receive(Message message, MessageType<P> expected, Consumer<P> handler) {
    Envelope envelope = JmsEnvelopes.read(message);
    if (!expected.name().equals(envelope.type())) {
      throw new UnreadableMessageException(
          "expected a " + expected.name() + " message but its type is " + envelope.type());
    }
    context.enter(envelope);
    if (!recordFirstDelivery(envelope)) {
      LOG.fine(() -> "skipping " + envelope.type() + " " + envelope.messageId() + ": seen before");
      return;
    }
    handler.accept(codec.fromJson(envelope.body(), expected.payloadType()));
  }

  /** A single insert that does nothing for a known id: no read-then-write race between copies. */
  private boolean recordFirstDelivery(Envelope envelope) {
    int inserted =
        entityManager()
            .createNativeQuery(
                "insert into processed_message (message_id, type, correlation_id, processed_at)"
                    + " values (?1, ?2, ?3, now()) on conflict (message_id) do nothing")
            .setParameter(1, envelope.messageId())
            .setParameter(2, envelope.type())
            .setParameter(3, envelope.correlationId())
            .executeUpdate();
    return inserted == 1;
  }
}

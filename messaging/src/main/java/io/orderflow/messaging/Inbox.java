package io.orderflow.messaging;

import io.orderflow.contracts.messages.MessageType;
import io.orderflow.contracts.messages.MessageTypes;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives one message for a handler: reads the envelope, makes it the cause of whatever the
 * handler publishes, and skips a message id this service has already processed. The processed id is
 * recorded in the service's own schema, in the same transaction as the handler's writes, so the
 * effect and the record commit together or not at all.
 *
 * <p>The record keeps what the handler published. A message seen before is delivered again only
 * when the broker's side of its transaction was lost while the database's side committed (a crash
 * between the two commits, settled by recovery as a rollback). The messages published then may have
 * been lost with it, so they are published again, under their own ids; their consumers drop them if
 * they arrived the first time.
 *
 * <p>When it goes wrong:
 *
 * <ul>
 *   <li>a message that cannot be read, or whose type is not the one this consumer takes, is parked
 *       on the dead-letter queue at once with its reason, and acknowledged: no retry can help. A
 *       handler says the same by throwing {@link UnreadableMessageException} before it writes
 *       anything;
 *   <li>any other failure is recorded outside the handler's transaction and thrown again, so the
 *       handler's transaction rolls back and the broker redelivers, then parks after the last
 *       attempt.
 * </ul>
 *
 * Both are published as {@code message.failed}, except failures to handle {@code message.failed}
 * itself, which would otherwise feed on themselves.
 *
 * <p>Each service extends this once, naming its persistence unit and its {@link FailedAttempts}
 * bean.
 */
public abstract class Inbox {

  private static final Logger LOG = Logger.getLogger(Inbox.class.getName());

  @Inject MessageContext context;
  @Inject MessageCodec codec;
  @Inject DeadLetters deadLetters;
  @Inject DeliveryFailures failures;
  @Inject MessageSender sender;

  /** The service's persistence context; its schema holds the {@code processed_message} table. */
  protected abstract EntityManager entityManager();

  /** The service's session bean that records a failed attempt in a transaction of its own. */
  protected abstract FailedAttempts failedAttempts();

  public <P> void receive(Message message, MessageType<P> expected, Consumer<P> handler) {
    String handlerName = HandlerNames.of(handler);
    Envelope envelope;
    P payload;
    try {
      envelope = JmsEnvelopes.read(message);
      context.enter(envelope);
      if (!expected.name().equals(envelope.type())) {
        throw new UnreadableMessageException(
            "expected a " + expected.name() + " message but its type is " + envelope.type());
      }
      payload = codec.fromJson(envelope.body(), expected.payloadType());
    } catch (UnreadableMessageException e) {
      park(message, expected, handlerName, e);
      return;
    }
    ProcessedMessages processed = new ProcessedMessages(entityManager(), codec);
    if (!processed.recordFirstDelivery(envelope)) {
      republishWhatItCaused(envelope, processed.publishedBy(envelope));
      return;
    }
    try {
      handler.accept(payload);
      processed.recordPublished(envelope, context.publishedSoFar());
      // database errors surface here, inside the try, rather than at commit
      entityManager().flush();
    } catch (UnreadableMessageException e) {
      // parked, not processed: a replay after a fix must be handled
      processed.forget(envelope);
      park(message, expected, handlerName, e);
    } catch (RuntimeException e) {
      recordFailedAttempt(message, expected, handlerName, e);
      throw e;
    }
  }

  private void park(
      Message message, MessageType<?> expected, String handler, UnreadableMessageException e) {
    DeliveryFacts facts = DeliveryFacts.of(message, expected);
    LOG.warning(
        () ->
            "parking " + facts.origin() + " message " + facts.messageId() + ": " + e.getMessage());
    deadLetters.park(message, facts, handler, e.getMessage());
    if (isRecordable(facts, expected)) {
      failures.recordParked(facts, handler, e);
    }
  }

  /** Never lets the record hide the failure it records. */
  private void recordFailedAttempt(
      Message message, MessageType<?> expected, String handler, RuntimeException failure) {
    DeliveryFacts facts = DeliveryFacts.of(message, expected);
    LOG.log(
        Level.WARNING,
        "attempt " + facts.attempt() + " at " + facts.origin() + " message " + facts.messageId(),
        failure);
    if (!isRecordable(facts, expected)) {
      return;
    }
    try {
      failedAttempts().record(facts, handler, failure);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not record the failed attempt", e);
      failure.addSuppressed(e);
    }
  }

  private static boolean isRecordable(DeliveryFacts facts, MessageType<?> expected) {
    String failed = MessageTypes.MESSAGE_FAILED.name();
    return !failed.equals(expected.name()) && !failed.equals(facts.type());
  }

  private void republishWhatItCaused(Envelope envelope, List<Envelope> published) {
    LOG.info(
        () ->
            envelope.type()
                + " "
                + envelope.messageId()
                + " was processed before; publishing again the "
                + published.size()
                + " message(s) it caused");
    published.forEach(sender::republish);
  }
}

package io.orderflow.messaging;

import io.orderflow.contracts.messages.MessageType;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Receives messages for a handler, one (a message-driven bean's delivery) or many (a batch
 * receiver's), by one rule: commit locally, then publish, then acknowledge.
 *
 * <ol>
 *   <li>One local database transaction holds the handler's writes, the {@code processed_message}
 *       row of each message and what each handler staged in the {@link Outbox}.
 *   <li>After that commit, the staged messages are published to the broker.
 *   <li>Only then is the consumed message acknowledged: by the resource adapter when a
 *       message-driven bean returns, or by the batch receiver's commit, which also publishes.
 * </ol>
 *
 * A crash before the database commit changes nothing, and the broker delivers again. A crash after
 * it brings the message back too: its row says it was processed, so the handler is not run again
 * and what it staged is published again, under the same message ids, which its consumers drop if
 * they had it. Nothing is acknowledged before it is published, so no event is lost.
 *
 * <p>When it goes wrong:
 *
 * <ul>
 *   <li>a message that cannot be read, or whose type is not the one this consumer takes, is parked
 *       on the dead-letter queue at once with its reason, and acknowledged: no retry can help. A
 *       handler says the same by throwing {@link UnreadableMessageException} before it writes
 *       anything;
 *   <li>any other failure rolls the database transaction back, is recorded on its own, and is
 *       thrown again as {@link DeliveryFailed}, so the broker delivers the message again, then
 *       parks it after the last attempt.
 * </ul>
 *
 * <p>Each service extends this once, naming its persistence unit.
 */
public abstract class Inbox {

  private static final Logger LOG = Logger.getLogger(Inbox.class.getName());

  @Inject MessageContext context;
  @Inject MessageCodec codec;
  @Inject MessageSender sender;
  @Inject DeadLetters deadLetters;
  @Inject DeliveryFailures failures;
  @Inject LocalTransactions transactions;

  @Resource TransactionSynchronizationRegistry transactionRegistry;

  /** The service's persistence context; its schema holds the {@code processed_message} table. */
  protected abstract EntityManager entityManager();

  /**
   * A message-driven bean's delivery, received without a transaction in the resource adapter's
   * local-transaction mode: when this returns, the adapter acknowledges the message; when it
   * throws, the adapter rolls the delivery back and the broker delivers again.
   */
  public <P> void receive(
      Message message, MessageType<P> expected, String handlerName, Consumer<P> handler) {
    if (transactionRegistry.getTransactionKey() != null) {
      throw new IllegalStateException(
          handlerName
              + " receives in a transaction: a message-driven bean must be NOT_SUPPORTED with"
              + " useLocalTx, so that its database transaction commits before it publishes");
    }
    Delivery<P> delivery = Delivery.read(message, expected, codec);
    if (!delivery.isReadable()) {
      parkAlone(delivery, handlerName);
      return;
    }
    Handling.Handled applied = applyInTransaction(List.of(delivery), handler, handlerName);
    applied.parked().forEach(parked -> parkAlone(parked, handlerName));
    sender.publish(applied.toPublish());
  }

  /**
   * A batch received on a transacted session: the database transaction commits here, then what it
   * publishes, and the copies of what it parks, are written on the session. The caller's commit of
   * the session publishes them and acknowledges the batch at once.
   */
  public <P> void receive(
      List<Message> batch,
      MessageType<P> expected,
      String handlerName,
      Consumer<P> handler,
      Session session) {
    List<Delivery<P>> readable = new ArrayList<>();
    List<Delivery<?>> parked = new ArrayList<>();
    for (Message message : batch) {
      Delivery<P> delivery = Delivery.read(message, expected, codec);
      if (delivery.isReadable()) {
        readable.add(delivery);
      } else {
        parked.add(delivery);
      }
    }
    List<Envelope> toPublish = List.of();
    if (!readable.isEmpty()) {
      Handling.Handled applied = applyInTransaction(readable, handler, handlerName);
      parked.addAll(applied.parked());
      toPublish = applied.toPublish();
    }
    writeOn(session, toPublish, parked, handlerName);
  }

  /** What a batch publishes, and the copies of what it parks, on the batch's session. */
  private void writeOn(
      Session session, List<Envelope> toPublish, List<Delivery<?>> parked, String handlerName) {
    if (toPublish.isEmpty() && parked.isEmpty()) {
      return;
    }
    try (MessageProducer producer = session.createProducer(null)) {
      for (Envelope envelope : toPublish) {
        MessageSender.write(session, producer, envelope, false);
      }
      for (Delivery<?> delivery : parked) {
        logParking(delivery);
        deadLetters.parkOn(
            session,
            producer,
            delivery.message(),
            delivery.facts(),
            handlerName,
            delivery.unreadable());
        for (Envelope record :
            failures.parked(
                delivery.facts(),
                handlerName,
                new UnreadableMessageException(delivery.unreadable()))) {
          MessageSender.write(session, producer, record, false);
        }
      }
    } catch (JMSException e) {
      throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
  }

  private <P> Handling.Handled applyInTransaction(
      List<Delivery<P>> deliveries, Consumer<P> handler, String handlerName) {
    try {
      return transactions.required(
          () ->
              new Handling(context, codec)
                  .apply(deliveries, handler, DatabaseTransaction.of(entityManager())));
    } catch (DeliveryFailed e) {
      failures.recordAttempt(e.facts(), handlerName, e.getCause());
      throw e;
    }
  }

  private void parkAlone(Delivery<?> delivery, String handlerName) {
    logParking(delivery);
    deadLetters.parkAlone(delivery.message(), delivery.facts(), handlerName, delivery.unreadable());
    List<Envelope> records =
        failures.parked(
            delivery.facts(), handlerName, new UnreadableMessageException(delivery.unreadable()));
    sender.publish(records);
  }

  private static void logParking(Delivery<?> delivery) {
    LOG.warning(
        () ->
            "parking "
                + delivery.facts().origin()
                + " message "
                + delivery.facts().messageId()
                + ": "
                + delivery.unreadable());
  }
}

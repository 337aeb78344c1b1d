package io.orderflow.messaging;

import jakarta.enterprise.context.control.RequestContextController;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives one {@link BatchedSubscription} in a loop on a managed thread: each turn begins a JTA
 * transaction, receives what is waiting (at least one message, at most the batch limit), applies
 * every message and commits. The broker's acknowledgements and the database's writes are two XA
 * branches of that one transaction, exactly as in a message-driven bean's delivery, so a batch
 * commits whole or rolls back whole and the broker redelivers it, then parks a message after its
 * last attempt. {@link BatchIsolation} keeps one message that always fails from dragging the others
 * there with it.
 *
 * <p>The context and consumer live for one transaction: an outbound connection joins the
 * transaction that is active when it is taken from the pool. The connection factory given here
 * should have no consumer window ({@code ConsumerWindowSize=0}): messages buffered for a consumer
 * that closes after its batch would go back to the queue, delivered for nothing.
 */
public final class BatchReceiver implements Runnable {

  private static final Logger LOG = Logger.getLogger(BatchReceiver.class.getName());

  /** The connection factory without a consumer window that receivers are given. */
  public static final String CONNECTION_FACTORY = "java:app/jms/orderflow-batches";

  /** How long a turn waits for its first message; also how soon {@link #stop()} takes effect. */
  private static final long FIRST_MESSAGE_MILLIS = 500;

  /** Between turns after a failure, so a database or broker that is down is not hammered. */
  private static final long PAUSE_AFTER_FAILURE_MILLIS = 500;

  /** Longer than the broker's longest redelivery delay (60 s, broker.xml). */
  static final Duration QUARANTINE = Duration.ofSeconds(90);

  private static final Duration REPORT_EVERY = Duration.ofMinutes(1);

  /**
   * The order a batch is applied in: by group (the order id), those without one last. Every
   * receiver then locks the rows of one order's views in the same order, so two batches that touch
   * the same orders wait for each other instead of deadlocking. Views converge whatever the order
   * of their events, so the order within a batch changes no outcome.
   */
  private static final Comparator<Message> BY_GROUP =
      Comparator.comparing(BatchReceiver::groupOf, Comparator.nullsLast(Comparator.naturalOrder()));

  private final BatchedSubscription subscription;
  private final ConnectionFactory connectionFactory;
  private final UserTransaction transaction;
  private final RequestContextController requestContext;
  private final BatchIsolation isolation;
  private final Clock clock = Clock.systemUTC();

  private volatile boolean running = true;
  private long messagesSinceReport;
  private long batchesSinceReport;
  private long reportedAt = System.nanoTime();

  public BatchReceiver(
      BatchedSubscription subscription,
      ConnectionFactory connectionFactory,
      UserTransaction transaction,
      RequestContextController requestContext,
      int largestBatch) {
    this.subscription = subscription;
    this.connectionFactory = connectionFactory;
    this.transaction = transaction;
    this.requestContext = requestContext;
    this.isolation = new BatchIsolation(largestBatch, QUARANTINE, clock);
  }

  public void stop() {
    running = false;
  }

  @Override
  public void run() {
    LOG.info(() -> "receiving " + subscription.subscriptionName() + " in batches");
    while (running) {
      boolean succeeded;
      try {
        succeeded = receiveOneBatch();
      } catch (Error e) {
        // an MDB's error ends one delivery, not the consumer: neither does it end this loop
        LOG.log(Level.SEVERE, subscription.subscriptionName() + ": a batch failed", e);
        rollBack();
        succeeded = false;
      }
      if (!succeeded) {
        pause();
      }
    }
  }

  /** One transaction; false when it failed. */
  private boolean receiveOneBatch() {
    List<Message> batch = new ArrayList<>();
    List<String> received = new ArrayList<>();
    Message applying = null;
    try {
      transaction.begin();
      try (JMSContext jms = connectionFactory.createContext()) {
        JMSConsumer consumer =
            jms.createSharedDurableConsumer(
                jms.createTopic(subscription.topic()), subscription.subscriptionName());
        receiveBatch(consumer, isolation.nextBatchLimit(), batch);
        batch.sort(BY_GROUP);
        for (Message message : batch) {
          received.add(message.getJMSMessageID());
          applying = message;
          apply(message);
          applying = null;
        }
      }
      if (batch.isEmpty()) {
        transaction.rollback();
        return true;
      }
      transaction.commit();
    } catch (Exception e) {
      rollBack();
      // the inbox has logged a message's failure in full; the broker, the pool or the commit
      // (also while undeploying) are no message's fault
      String failed = applying == null ? null : idOf(applying);
      if (failed != null) {
        isolation.failed(failed);
      }
      LOG.warning(
          () ->
              subscription.subscriptionName()
                  + ": a batch of "
                  + batch.size()
                  + " rolled back"
                  + (failed == null
                      ? ": " + e
                      : " at message "
                          + failed
                          + "; one message per transaction until it is back"));
      return false;
    }
    isolation.committed(received);
    report(received.size());
    return true;
  }

  /** What is waiting, up to the limit: the first message is waited for, the others are not. */
  private static void receiveBatch(JMSConsumer consumer, int limit, List<Message> batch) {
    Message next = consumer.receive(FIRST_MESSAGE_MILLIS);
    while (next != null) {
      batch.add(next);
      next = batch.size() < limit ? consumer.receiveNoWait() : null;
    }
  }

  private static String groupOf(Message message) {
    try {
      return message.getStringProperty(JmsEnvelopes.GROUP_ID);
    } catch (JMSException e) {
      return null;
    }
  }

  /** In a request scope of its own, as a message-driven bean's delivery is. */
  private void apply(Message message) {
    requestContext.activate();
    try {
      subscription.receive(message);
    } finally {
      requestContext.deactivate();
    }
  }

  private void rollBack() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (SystemException | RuntimeException e) {
      LOG.log(Level.WARNING, subscription.subscriptionName() + ": rollback failed", e);
    }
  }

  private void report(int messages) {
    messagesSinceReport += messages;
    batchesSinceReport++;
    long now = System.nanoTime();
    if (now - reportedAt >= REPORT_EVERY.toNanos()) {
      long m = messagesSinceReport;
      long b = batchesSinceReport;
      LOG.info(
          () ->
              subscription.subscriptionName()
                  + ": "
                  + m
                  + " messages in "
                  + b
                  + " transactions in the last minute");
      messagesSinceReport = 0;
      batchesSinceReport = 0;
      reportedAt = now;
    }
  }

  private void pause() {
    try {
      Thread.sleep(PAUSE_AFTER_FAILURE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  private static String idOf(Message message) {
    try {
      return message.getJMSMessageID();
    } catch (JMSException e) {
      return null;
    }
  }
}

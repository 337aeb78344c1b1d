package io.orderflow.messaging;

import io.orderflow.contracts.messages.MessageType;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives one {@link BatchedConsumer}'s queue or subscription in a loop on a managed thread, on a
 * transacted session of its own that lives as long as the loop (a broken one is replaced). Each
 * turn receives what is waiting (at least one message, at most the batch limit) and hands it to the
 * consumer's {@link Inbox}, which commits the database work and writes what it publishes on the
 * session; the session's commit then publishes and acknowledges the batch at once. {@link
 * BatchIsolation} keeps one message that always fails from dragging the others to the dead-letter
 * queue with it.
 */
public final class BatchReceiver<P> implements Runnable {

  private static final Logger LOG = Logger.getLogger(BatchReceiver.class.getName());

  /**
   * The connection factory that receivers take their long-lived sessions from: bound by each module
   * to its own, which logs in as the module's broker user.
   */
  public static final String CONNECTION_FACTORY = "java:module/jms/orderflow-receivers";

  /** How long a turn waits for its first message; also how soon {@link #stop()} takes effect. */
  private static final long FIRST_MESSAGE_MILLIS = 500;

  /** Between sessions after a failure, so a broker that is down is not hammered. */
  private static final long PAUSE_AFTER_FAILURE_MILLIS = 1_000;

  /** Longer than the broker's longest redelivery delay (60 s, broker.xml). */
  static final Duration QUARANTINE = Duration.ofSeconds(90);

  private static final Duration REPORT_EVERY = Duration.ofMinutes(1);

  /**
   * The order a batch is applied in: by group (the order id, or the sku), those without one last.
   * Every receiver then locks the rows of one order or product in the same order, so two batches
   * that touch the same rows wait for each other instead of deadlocking.
   */
  private static final Comparator<Message> BY_GROUP =
      Comparator.comparing(BatchReceiver::groupOf, Comparator.nullsLast(Comparator.naturalOrder()));

  private final BatchedConsumer<P> consumer;
  private final ConnectionFactory connectionFactory;
  private final RequestContextController requestContext;
  private final BatchIsolation isolation;
  private final String name;
  private final String handlerName;

  private volatile boolean running = true;
  private long messagesSinceReport;
  private long batchesSinceReport;
  private long reportedAt = System.nanoTime();

  public BatchReceiver(
      BatchedConsumer<P> consumer,
      ConnectionFactory connectionFactory,
      RequestContextController requestContext,
      int largestBatch) {
    this.consumer = consumer;
    this.connectionFactory = connectionFactory;
    this.requestContext = requestContext;
    this.isolation = new BatchIsolation(largestBatch, QUARANTINE, Clock.systemUTC());
    this.name = nameOf(consumer);
    this.handlerName = classNameOf(consumer);
  }

  /** The consumer's own class: CDI hands out a proxy whose class is named after it. */
  private static String classNameOf(Object consumer) {
    String name = consumer.getClass().getName();
    int generated = name.indexOf('$');
    return generated < 0 ? name : name.substring(0, generated);
  }

  /** The subscription's name for an event, the queue's for a command. */
  public static String nameOf(BatchedConsumer<?> consumer) {
    return consumer.messageType().isCommand()
        ? consumer.messageType().name()
        : consumer.subscriptionName();
  }

  public void stop() {
    running = false;
  }

  @Override
  public void run() {
    LOG.info(() -> "receiving " + name + " in batches");
    while (running) {
      // the classic API: the resource adapter makes a JMSContext transacted only inside a JTA
      // transaction, a Session also outside one
      try (Connection connection = connectionFactory.createConnection();
          Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
          MessageConsumer messages = open(session)) {
        connection.start();
        while (running) {
          receiveOneBatch(session, messages);
        }
      } catch (JMSException | JMSRuntimeException e) {
        LOG.warning(() -> name + ": the broker session failed, opening another: " + e);
        pause();
      } catch (RuntimeException | Error e) {
        // an MDB's error ends one delivery, not the consumer: neither does it end this loop
        LOG.log(Level.SEVERE, name + ": receiving failed, opening another session", e);
        pause();
      }
    }
  }

  private MessageConsumer open(Session session) throws JMSException {
    MessageType<P> type = consumer.messageType();
    return type.isCommand()
        ? session.createConsumer(session.createQueue(type.name()))
        : session.createSharedDurableConsumer(
            session.createTopic(type.name()), consumer.subscriptionName());
  }

  /**
   * One database transaction and one broker transaction. A failure rolls the broker's back, so the
   * batch comes back; a broker failure is thrown, to replace the session.
   */
  private void receiveOneBatch(Session session, MessageConsumer messages) throws JMSException {
    List<Message> batch = receive(messages, isolation.nextBatchLimit());
    if (batch.isEmpty()) {
      return;
    }
    batch.sort(BY_GROUP);
    List<String> ids = batch.stream().map(this::idOf).toList();
    requestContext.activate();
    try {
      consumer
          .inbox()
          .receive(batch, consumer.messageType(), handlerName, consumer::handle, session);
      session.commit();
    } catch (DeliveryFailed e) {
      // the inbox has recorded it in full
      isolation.failed(e.facts().messageId());
      rollBack(session);
      LOG.warning(
          () ->
              name
                  + ": a batch of "
                  + batch.size()
                  + " rolled back at message "
                  + e.facts().messageId()
                  + "; one message per transaction until it is back");
      return;
    } catch (JMSException | RuntimeException e) {
      isolation.failedWithoutCulprit(ids);
      rollBack(session);
      LOG.log(Level.WARNING, name + ": a batch of " + batch.size() + " rolled back", e);
      if (e instanceof JMSException || e instanceof JMSRuntimeException) {
        throw e;
      }
      return;
    } finally {
      requestContext.deactivate();
    }
    isolation.committed(ids);
    report(batch.size());
  }

  /** What is waiting, up to the limit: the first message is waited for, the others are not. */
  private static List<Message> receive(MessageConsumer consumer, int limit) throws JMSException {
    List<Message> batch = new ArrayList<>();
    Message next = consumer.receive(FIRST_MESSAGE_MILLIS);
    while (next != null) {
      batch.add(next);
      next = batch.size() < limit ? consumer.receiveNoWait() : null;
    }
    return batch;
  }

  private void rollBack(Session session) {
    try {
      session.rollback();
    } catch (JMSException | RuntimeException e) {
      LOG.log(Level.WARNING, name + ": rollback failed", e);
    }
  }

  private String idOf(Message message) {
    return DeliveryFacts.of(message, consumer.messageType()).messageId();
  }

  private static String groupOf(Message message) {
    try {
      return message.getStringProperty(JmsEnvelopes.GROUP_ID);
    } catch (JMSException e) {
      return null;
    }
  }

  private void report(int messages) {
    messagesSinceReport += messages;
    batchesSinceReport++;
    long now = System.nanoTime();
    if (now - reportedAt >= REPORT_EVERY.toNanos()) {
      long m = messagesSinceReport;
      long b = batchesSinceReport;
      LOG.info(() -> name + ": " + m + " messages in " + b + " transactions in the last minute");
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
}

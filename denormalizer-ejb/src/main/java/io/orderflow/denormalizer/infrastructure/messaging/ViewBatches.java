package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.messaging.BatchReceiver;
import io.orderflow.messaging.BatchedSubscription;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Runs one {@link BatchReceiver} per {@link BatchedSubscription} of the denormalizer ({@code
 * order.created} and {@code order.fulfilled}), each on a managed thread of its own, from deployment
 * to undeployment.
 *
 * <p>Why batches: the views take two events per order, and as message-driven beans each was an XA
 * transaction of its own (a {@code PREPARE} and a {@code COMMIT PREPARED} in PostgreSQL, prepare
 * and commit records in the broker's journal, a log record in the transaction manager). Applied in
 * batches, the same guarantees cost one such transaction per batch: the batch grows with the
 * backlog, and is one message when there is none. One receiver per subscription is enough for that:
 * it applies a batch in a fraction of the time the two-phase commit takes.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class ViewBatches {

  private static final Logger LOG = Logger.getLogger(ViewBatches.class.getName());

  /**
   * Most events in one transaction: large enough to share a commit, small enough to lock little.
   */
  static final int LARGEST_BATCH = 100;

  @Resource(lookup = BatchReceiver.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Resource UserTransaction transaction;
  @Resource ManagedThreadFactory threads;
  // named, not looked up as every BatchedSubscription: in an EAR, CDI shows this module the beans
  // of the other modules too, and their subscriptions are theirs to receive
  @Inject OrderCreatedConsumer orderCreated;
  @Inject OrderFulfilledConsumer orderFulfilled;
  @Inject Instance<RequestContextController> requestContexts;

  private final List<BatchReceiver> receivers = new ArrayList<>();
  private final List<Thread> running = new ArrayList<>();

  @PostConstruct
  void start() {
    for (BatchedSubscription subscription : List.of(orderCreated, orderFulfilled)) {
      BatchReceiver receiver =
          new BatchReceiver(
              subscription, connectionFactory, transaction, requestContexts.get(), LARGEST_BATCH);
      Thread thread = threads.newThread(receiver);
      thread.setName("views-" + subscription.subscriptionName());
      receivers.add(receiver);
      running.add(thread);
      thread.start();
    }
  }

  @PreDestroy
  void stop() {
    receivers.forEach(BatchReceiver::stop);
    for (Thread thread : running) {
      try {
        thread.join(TimeUnit.SECONDS.toMillis(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (thread.isAlive()) {
        LOG.warning(() -> thread.getName() + " did not stop within 10 s");
      }
    }
  }
}

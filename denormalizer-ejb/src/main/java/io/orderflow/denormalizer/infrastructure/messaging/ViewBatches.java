package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.messaging.BatchReceiver;
import io.orderflow.messaging.BatchedConsumer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Runs one {@link BatchReceiver} for each of the denormalizer's two busiest subscriptions ({@code
 * order.created} and {@code order.fulfilled}), each on a managed thread of its own, from deployment
 * to undeployment.
 *
 * <p>Why batches: the views take two events per order, and as message-driven beans each was a
 * database commit and a broker commit of its own. Applied in batches, the same guarantees cost one
 * of each per batch: the batch grows with the backlog, and is one message when there is none. One
 * receiver per subscription is enough for that.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ViewBatches {

  private static final Logger LOG = Logger.getLogger(ViewBatches.class.getName());

  /**
   * Most events in one transaction: large enough to share a commit, small enough to lock little.
   */
  static final int LARGEST_BATCH = 100;

  @Resource(lookup = BatchReceiver.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Resource ManagedThreadFactory threads;
  // named, not looked up as every BatchedConsumer: in an EAR, CDI shows this module the beans of
  // the other modules too, and their consumers are theirs to run
  @Inject OrderCreatedConsumer orderCreated;
  @Inject OrderFulfilledConsumer orderFulfilled;
  @Inject Instance<RequestContextController> requestContexts;

  private final List<BatchReceiver<?>> receivers = new ArrayList<>();
  private final List<Thread> running = new ArrayList<>();

  @PostConstruct
  void start() {
    for (BatchedConsumer<?> consumer : List.<BatchedConsumer<?>>of(orderCreated, orderFulfilled)) {
      BatchReceiver<?> receiver =
          new BatchReceiver<>(consumer, connectionFactory, requestContexts.get(), LARGEST_BATCH);
      Thread thread = threads.newThread(receiver);
      thread.setName("views-" + BatchReceiver.nameOf(consumer));
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

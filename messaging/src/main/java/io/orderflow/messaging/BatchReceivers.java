package io.orderflow.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
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
 * Runs one {@link BatchReceiver} per {@link BatchedConsumer} of a service, each on a managed thread
 * of its own, from deployment to undeployment. A service declares one {@code @Startup @Singleton}
 * subclass naming its batched consumers: an enterprise bean cannot live in this library.
 *
 * <p>Why batches: each consumed message costs a message-driven bean one database commit and one or
 * two broker commits; received in batches, the same guarantees cost one of each per batch. A batch
 * is what is waiting, so it grows with the backlog and is one message when there is none. One
 * receiver per consumer and instance keeps up where several message-driven bean sessions did.
 */
public abstract class BatchReceivers {

  private static final Logger LOG = Logger.getLogger(BatchReceivers.class.getName());

  /**
   * Most messages in one transaction: large enough to share a commit, small enough to lock little.
   */
  public static final int LARGEST_BATCH = 100;

  @Resource ManagedThreadFactory threads;
  @Inject Instance<RequestContextController> requestContexts;

  private final List<BatchReceiver<?>> receivers = new ArrayList<>();
  private final List<Thread> running = new ArrayList<>();

  /**
   * The service's batched consumers, named one by one: in an EAR, CDI shows a module the beans of
   * the other modules too, and their consumers are theirs to run.
   */
  protected abstract List<BatchedConsumer<?>> consumers();

  @PostConstruct
  void start() {
    ConnectionFactory connectionFactory =
        ModuleConnectionFactory.of(BatchReceiver.CONNECTION_FACTORY);
    for (BatchedConsumer<?> consumer : consumers()) {
      BatchReceiver<?> receiver =
          new BatchReceiver<>(consumer, connectionFactory, requestContexts.get(), LARGEST_BATCH);
      Thread thread = threads.newThread(receiver);
      thread.setName("batches-" + BatchReceiver.nameOf(consumer));
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

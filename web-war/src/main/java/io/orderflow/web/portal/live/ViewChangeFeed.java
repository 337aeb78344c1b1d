package io.orderflow.web.portal.live;

import io.orderflow.messaging.JmsEnvelopes;
import io.orderflow.messaging.MessageSender;
import io.orderflow.messaging.ModuleConnectionFactory;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.cdi.push.SocketEvent;

/**
 * Feeds live updates from the broker, so that every server instance hears every change: one
 * non-durable subscription per instance to the events that change what the portal shows, held while
 * at least one portal page of this instance has its socket open (a busy platform with no one
 * watching spends nothing on it). A listener is not allowed on a Jakarta EE connection, so one
 * managed task receives in a loop and fires each event as a CDI event; {@link ViewChangePusher}
 * pushes it to the open pages.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ViewChangeFeed {

  private static final Logger LOG = Logger.getLogger(ViewChangeFeed.class.getName());

  /** The events whose effects open pages show (names as the services publish them). */
  static final List<String> TOPICS =
      List.of(
          "order.created",
          "order.rejected",
          "order.fulfilled",
          "order.backordered",
          "stock.changed");

  private static final long RECEIVE_MILLIS = 500;
  private static final long RETRY_MILLIS = 5000;

  @Resource ManagedExecutorService executor;

  @Inject Event<ViewChange> changes;

  private volatile boolean running;
  private Future<?> loop;
  private final AtomicInteger openPages = new AtomicInteger();

  @PostConstruct
  void start() {
    running = true;
    loop = executor.submit(this::receiveUntilStopped);
  }

  @PreDestroy
  void stop() {
    running = false;
    try {
      loop.get(RECEIVE_MILLIS * 3, TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      loop.cancel(true);
    }
  }

  /** A business method: a singleton session bean observes CDI events through its own view. */
  public void pageOpened(@Observes @SocketEvent.Opened SocketEvent socket) {
    if (ViewChangePusher.CHANNEL.equals(socket.getChannel())) {
      openPages.incrementAndGet();
    }
  }

  public void pageClosed(@Observes @SocketEvent.Closed SocketEvent socket) {
    if (ViewChangePusher.CHANNEL.equals(socket.getChannel())) {
      openPages.updateAndGet(open -> Math.max(0, open - 1));
    }
  }

  private void receiveUntilStopped() {
    while (running) {
      if (openPages.get() == 0) {
        sleep(RECEIVE_MILLIS);
        continue;
      }
      try (JMSContext jms =
          ModuleConnectionFactory.of(MessageSender.CONNECTION_FACTORY)
              .createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
        List<JMSConsumer> consumers =
            TOPICS.stream().map(topic -> jms.createConsumer(jms.createTopic(topic))).toList();
        LOG.fine(() -> "live updates: listening to " + TOPICS);
        // what changed before the subscription reached the broker: the pages look once
        changes.fireAsync(new ViewChange(null, null));
        while (running && openPages.get() > 0) {
          for (JMSConsumer consumer : consumers) {
            Message message = consumer.receive(RECEIVE_MILLIS / consumers.size());
            if (message != null) {
              changes.fireAsync(changeOf(message));
            }
          }
        }
      } catch (JMSRuntimeException | IllegalStateException e) {
        if (running) {
          LOG.log(Level.WARNING, "live updates: broker unreachable, retrying", e);
          sleep(RETRY_MILLIS);
        }
      }
    }
  }

  private static ViewChange changeOf(Message message) {
    try {
      return new ViewChange(
          message.getStringProperty(JmsEnvelopes.TYPE),
          message.getStringProperty(JmsEnvelopes.GROUP_ID));
    } catch (Exception e) {
      return new ViewChange(null, null);
    }
  }

  private void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }
}

package io.orderflow.denormalizer.infrastructure.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderflow.contracts.messages.MessageType;
import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.testing.TestBroker;
import java.time.Duration;
import java.util.List;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;

/**
 * The denormalizer's shared durable subscriptions, as the broker sees them: one queue per event
 * topic. A queue's message count includes the messages being delivered and those waiting for
 * redelivery, so an empty queue means every message was handled and acknowledged.
 */
final class DenormalizerSubscriptions implements AutoCloseable {

  static final List<MessageType<?>> EVENTS =
      List.of(
          MessageTypes.ORDER_CREATED,
          MessageTypes.ORDER_REJECTED,
          MessageTypes.ORDER_BACKORDERED,
          MessageTypes.ORDER_FULFILLED,
          MessageTypes.PRODUCT_REGISTERED,
          MessageTypes.STOCK_CHANGED,
          MessageTypes.STOCK_RESTOCK_REJECTED,
          MessageTypes.STOCK_REMOVED,
          MessageTypes.MESSAGE_FAILED);

  /** One subscription's queue; {@code queue} is null while it does not exist. */
  record Subscription(String name, String queue, int consumers, long messages) {}

  private final ServerLocator locator = ActiveMQClient.createServerLocator(TestBroker.URL);
  private final ClientSessionFactory factory;
  private final ClientSession session;

  DenormalizerSubscriptions() throws Exception {
    factory = locator.createSessionFactory();
    session = factory.createSession();
  }

  /**
   * Waits until every subscription exists and has consumers. The MDBs create them when they
   * activate, which may finish after the deployment has returned; an event published to a topic
   * before then reaches nobody.
   */
  void awaitConsuming(Duration timeout) {
    await()
        .atMost(timeout)
        .untilAsserted(
            () ->
                assertThat(subscriptions())
                    .allSatisfy(subscription -> assertThat(subscription.consumers()).isPositive()));
  }

  /** Waits until the denormalizer has handled and acknowledged everything published so far. */
  void awaitDrained(Duration timeout) {
    await()
        .atMost(timeout)
        .untilAsserted(
            () ->
                assertThat(subscriptions())
                    .allSatisfy(subscription -> assertThat(subscription.messages()).isZero()));
  }

  private List<Subscription> subscriptions() {
    return EVENTS.stream().map(this::subscriptionTo).toList();
  }

  private Subscription subscriptionTo(MessageType<?> event) {
    String name = "denormalizer." + event.name();
    try {
      for (SimpleString queue :
          session.addressQuery(SimpleString.of(event.name())).getQueueNames()) {
        // the resource adapter derives the queue's name from the subscription's, escaping dots
        if (queue.toString().replace("\\", "").endsWith(name)) {
          ClientSession.QueueQuery found = session.queueQuery(queue);
          return new Subscription(
              name, queue.toString(), found.getConsumerCount(), found.getMessageCount());
        }
      }
      return new Subscription(name, null, 0, 0);
    } catch (ActiveMQException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws Exception {
    session.close();
    factory.close();
    locator.close();
  }
}

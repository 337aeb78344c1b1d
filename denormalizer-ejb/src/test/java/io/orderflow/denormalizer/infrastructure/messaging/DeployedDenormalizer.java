package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.testing.TestMessaging;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every test of the deployed denormalizer talks to: the broker, as a publisher of events, and
 * the denormalizer's subscriptions, which each test waits to be consumed before it publishes.
 */
abstract class DeployedDenormalizer {

  static final Duration WAIT = Duration.ofSeconds(30);

  TestMessaging messaging;
  EventPublisher publisher;
  DenormalizerSubscriptions subscriptions;

  @BeforeEach
  void awaitTheConsumers() throws Exception {
    messaging = new TestMessaging();
    publisher = new EventPublisher(messaging);
    subscriptions = new DenormalizerSubscriptions();
    subscriptions.awaitConsuming(WAIT);
  }

  @AfterEach
  void close() throws Exception {
    subscriptions.close();
    publisher.close();
    messaging.close();
  }
}

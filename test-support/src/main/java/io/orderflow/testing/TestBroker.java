package io.orderflow.testing;

import io.orderflow.messaging.DeadLetters;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * A real Artemis broker in the test JVM, with the production address settings and dead-letter
 * queues (server-config/artemis/broker.xml) except shorter redelivery delays and fewer attempts, so
 * that a handler test sees retries and dead-lettering in seconds, and the subscriptions broker.xml
 * declares. The service under test runs in another process (Payara Micro) and reaches it over TCP.
 */
public final class TestBroker {

  public static final int PORT = Integer.getInteger("orderflow.test.broker.port", 61636);
  public static final String URL = "tcp://127.0.0.1:" + PORT;
  public static final int MAX_DELIVERY_ATTEMPTS = 3;

  /**
   * Deliveries of an {@code inventory.restock}, more than other messages get: a restock of a sku
   * not registered yet waits for the registration over several deliveries before it is rejected
   * (the fulfillment service's {@code orderflow.unknown-sku-restock-attempts}, set below this in
   * its tests as it is below the broker's attempts in production), and a test must have time to
   * send the registration between two of them.
   */
  public static final int RESTOCK_DELIVERY_ATTEMPTS = 6;

  /**
   * Subscriptions named {@code <service>.<topic>} that broker.xml declares, so that they exist
   * before their service first consumes.
   */
  public static final List<String> DECLARED_SUBSCRIPTIONS =
      List.of(
          "fulfillment.product.registered",
          "fulfillment.catalog.announced",
          "denormalizer.stock.removed");

  private static EmbeddedActiveMQ broker;

  private TestBroker() {}

  /** Starts the broker once per JVM; it stops when the JVM exits. */
  public static synchronized void start() throws Exception {
    if (broker != null) {
      return;
    }
    requirePortFree();
    Path data = Files.createTempDirectory("orderflow-test-broker");
    Configuration config =
        new ConfigurationImpl()
            .setPersistenceEnabled(true)
            .setJournalType(JournalType.NIO)
            .setJournalDirectory(data.resolve("journal").toString())
            .setBindingsDirectory(data.resolve("bindings").toString())
            .setPagingDirectory(data.resolve("paging").toString())
            .setLargeMessagesDirectory(data.resolve("large").toString())
            .setSecurityEnabled(false)
            .addAcceptorConfiguration("core", URL + "?protocols=CORE")
            .addAddressSetting(
                "#",
                new AddressSettings()
                    .setDeadLetterAddress(SimpleString.of("DLA"))
                    .setAutoCreateDeadLetterResources(true)
                    .setDeadLetterQueuePrefix(SimpleString.of("DLQ."))
                    .setRedeliveryDelay(200)
                    .setRedeliveryMultiplier(2.0)
                    .setMaxRedeliveryDelay(1000)
                    .setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS))
            .addAddressSetting(
                "inventory.restock",
                new AddressSettings().setMaxDeliveryAttempts(RESTOCK_DELIVERY_ATTEMPTS))
            .addAddressSetting(
                DeadLetters.ADDRESS,
                new AddressSettings()
                    .setMaxDeliveryAttempts(-1)
                    .setRedeliveryDelay(0)
                    .setAutoCreateDeadLetterResources(false)
                    .setAutoCreateQueues(false))
            .addAddressConfiguration(deadLetterQueues());
    declaredSubscriptions().forEach(config::addAddressConfiguration);
    broker = new EmbeddedActiveMQ().setConfiguration(config);
    broker.start();
    Runtime.getRuntime().addShutdownHook(new Thread(TestBroker::stopQuietly));
  }

  /**
   * Lets an address's messages be delivered this many times before they are parked, instead of the
   * few the other tests want: a process killed in the middle of a delivery may cost a message more
   * than one of them (its transaction and its consumer are both undone).
   */
  public static void allowDeliveries(String address, int attempts) {
    AddressSettings settings = new AddressSettings();
    settings.merge(broker.getActiveMQServer().getAddressSettingsRepository().getMatch(address));
    broker
        .getActiveMQServer()
        .getAddressSettingsRepository()
        .addMatch(address, settings.setMaxDeliveryAttempts(attempts));
  }

  /** Back to the deliveries every address is allowed. */
  public static void forgetDeliveries(String address) {
    broker.getActiveMQServer().getAddressSettingsRepository().removeMatch(address);
  }

  /** Holds the queue's messages back from its consumers, as a stalled service would. */
  public static void pause(String queue) {
    queue(queue).pause();
  }

  public static void resume(String queue) {
    queue(queue).resume();
  }

  /** Messages on the queue, delivered or not, until they are acknowledged. */
  public static long messageCount(String queue) {
    return queue(queue).getMessageCount();
  }

  private static org.apache.activemq.artemis.core.server.Queue queue(String name) {
    org.apache.activemq.artemis.core.server.Queue queue =
        broker.getActiveMQServer().locateQueue(SimpleString.of(name));
    if (queue == null) {
      throw new IllegalStateException("no queue " + name + " on the test broker");
    }
    return queue;
  }

  /** As broker.xml declares them: one queue per origin, selecting on the origin's address. */
  private static CoreAddressConfiguration deadLetterQueues() {
    CoreAddressConfiguration address =
        new CoreAddressConfiguration()
            .setName(DeadLetters.ADDRESS)
            .addRoutingType(RoutingType.MULTICAST);
    for (String origin : DeadLetters.origins()) {
      address.addQueueConfig(
          QueueConfiguration.of(DeadLetters.queueOf(origin))
              .setAddress(DeadLetters.ADDRESS)
              .setRoutingType(RoutingType.MULTICAST)
              .setFilterString(DeadLetters.ORIGINAL_ADDRESS + " = '" + origin + "'"));
    }
    return address;
  }

  /**
   * As broker.xml declares them: the shared durable subscriptions that must exist before their
   * service's consumers first start, one queue each on its topic, named as the resource adapter
   * names a subscription's queue.
   */
  private static Collection<CoreAddressConfiguration> declaredSubscriptions() {
    Map<String, CoreAddressConfiguration> topics = new TreeMap<>();
    for (String subscription : DECLARED_SUBSCRIPTIONS) {
      String topic = subscription.substring(subscription.indexOf('.') + 1);
      topics
          .computeIfAbsent(
              topic,
              name ->
                  new CoreAddressConfiguration()
                      .setName(name)
                      .addRoutingType(RoutingType.MULTICAST))
          .addQueueConfig(
              QueueConfiguration.of(queueOfSubscription(subscription))
                  .setAddress(topic)
                  .setRoutingType(RoutingType.MULTICAST));
    }
    return topics.values();
  }

  /** The resource adapter escapes each '.' of a shared subscription's name in its queue's name. */
  public static String queueOfSubscription(String subscription) {
    return subscription.replace(".", "\\.");
  }

  /** How many consumers a queue has now; 0 while it does not exist. */
  public static synchronized int consumersOf(String queue) {
    Queue found = broker.getActiveMQServer().locateQueue(SimpleString.of(queue));
    return found == null ? 0 : found.getConsumerCount();
  }

  /** Another broker on the port would take our tests' messages without a clear error. */
  private static void requirePortFree() {
    try (ServerSocket probe = new ServerSocket(PORT, 1, InetAddress.getLoopbackAddress())) {
      probe.setReuseAddress(true);
    } catch (IOException e) {
      throw new IllegalStateException(
          "port "
              + PORT
              + " is taken (another test run's broker?): set -Dorderflow.test.broker.port or stop it",
          e);
    }
  }

  private static void stopQuietly() {
    try {
      broker.stop();
    } catch (Exception ignored) {
      // the JVM is exiting
    }
  }
}

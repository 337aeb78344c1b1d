package io.orderflow.system;

import static io.orderflow.system.Platform.setting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.activemq.artemis.api.core.ActiveMQQueueExistsException;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each module's broker user against the platform's broker, with a plain Artemis client: allowed
 * what {@link #GRANTS} allows it, refused everything else it lists
 * (server-config/artemis/broker.xml, security-settings; the README's user x address table).
 *
 * <p>Nothing here disturbs the running flow: a send carries a time to live of a millisecond, so it
 * expires before any service sees it; a consumer takes no message (no prefetch) and closes at once;
 * a durable queue or address created by mistake is deleted again as the admin.
 */
class BrokerGrantsIT {

  private static final String URL =
      "tcp://"
          + setting("ORDERFLOW_BROKER_HOST", "127.0.0.1")
          + ":"
          + setting("ORDERFLOW_BROKER_PORT", "61616");

  private static final List<String> USERS = List.of("order", "fulfillment", "denormalizer", "web");

  /**
   * Y: the user may, -: the broker refuses. {@code A::Q} is queue Q on address A (a subscription,
   * or a dead-letter queue); {@code broker.listQueues} and {@code queue.<name>.pause} are
   * management operations (read-only and changing).
   */
  private static final String GRANTS =
      """
      operation            target                                                    order  fulfillment  denormalizer  web
      send                 order.create                                              -      -            -             Y
      send                 product.register                                          -      -            -             Y
      send                 inventory.restock                                         -      -            -             Y
      send                 dead-letter.record-discard                                -      -            -             Y
      send                 order.created                                             Y      -            -             Y
      send                 order.rejected                                            Y      -            -             Y
      send                 product.registered                                        Y      -            -             Y
      send                 catalog.announced                                         Y      -            -             Y
      send                 order.fulfilled                                           -      Y            -             Y
      send                 order.backordered                                         -      Y            -             Y
      send                 stock.changed                                             -      Y            -             Y
      send                 stock.restocked                                           -      Y            -             Y
      send                 stock.restock-rejected                                    -      Y            -             Y
      send                 stock.removed                                             -      Y            -             Y
      send                 message.failed                                            Y      Y            Y             Y
      send                 DLA                                                       Y      Y            Y             -
      consume              order.create                                              Y      -            -             -
      consume              product.register                                          Y      -            -             -
      consume              inventory.restock                                         -      Y            -             -
      consume              dead-letter.record-discard                                -      -            Y             -
      consume              order.created::fulfillment\\.order\\.created              -      Y            -             -
      consume              order.created::denormalizer\\.order\\.created             -      -            Y             -
      consume              product.registered::fulfillment\\.product\\.registered    -      Y            -             -
      consume              product.registered::denormalizer\\.product\\.registered   -      -            Y             -
      consume              catalog.announced::fulfillment\\.catalog\\.announced      -      Y            -             -
      consume              stock.removed::denormalizer\\.stock\\.removed             -      -            Y             -
      consume              message.failed::denormalizer\\.message\\.failed           -      -            Y             -
      consume              DLA::DLQ.order.create                                     -      -            -             Y
      browse               DLA::DLQ.order.create                                     -      -            -             Y
      browse               order.create                                              -      -            -             -
      subscribe            order.created                                             -      -            -             Y
      subscribe            stock.changed                                             -      -            -             Y
      subscribe            product.registered                                        -      -            -             -
      subscribe            admission.replies                                         -      -            -             Y
      create-subscription  order.created::fulfillment\\.order\\.created              -      Y            -             -
      create-subscription  order.created::denormalizer\\.order\\.created             -      -            Y             -
      create-subscription  order.created                                             -      -            -             -
      create-subscription  catalog.announced                                         -      -            -             -
      delete-queue         order.create                                              -      -            -             -
      delete-queue         DLA::DLQ.order.create                                     -      -            -             -
      create-address       orderflow.grants-test                                     -      -            -             -
      manage               broker.listQueues                                         -      -            -             Y
      manage               queue.order.create.pause                                  -      -            -             -
      """;

  private static final Set<String> QUEUES_CREATED = new TreeSet<>();

  static Stream<Arguments> grants() {
    List<Arguments> cases = new ArrayList<>();
    List<String> lines = GRANTS.lines().filter(line -> !line.isBlank()).toList();
    assertThat(lines.get(0).trim().split("\\s+")).endsWith(USERS.toArray(String[]::new));
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.trim().split("\\s+");
      assertThat(cells).as(line).hasSize(2 + USERS.size());
      for (int i = 0; i < USERS.size(); i++) {
        assertThat(cells[2 + i]).as(line).isIn("Y", "-");
        cases.add(Arguments.of(USERS.get(i), cells[0], cells[1], cells[2 + i].equals("Y")));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}: {3}")
  @MethodSource("grants")
  void eachModuleUserIsAllowedItsGrantsAndRefusedTheRest(
      String user, String operation, String target, boolean allowed) throws Exception {
    assertThat(attempt(user, operation, target))
        .as("%s may %s %s", user, operation, target)
        .isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("users")
  void aWrongPasswordIsRefused(String user) {
    assertThatThrownBy(() -> jms(user, password(user) + "-wrong").close())
        .isInstanceOf(JMSSecurityException.class);
  }

  static Stream<String> users() {
    return USERS.stream();
  }

  @Test
  void theModulesConnectAsTheirOwnUsersAndNeverAsTheAdmin() throws Exception {
    // the platform has started its consumers by now; this inspection is the admin's only connection
    String listing = adminListConnections();
    Map<String, Integer> connectionsPerUser = new TreeMap<>();
    Matcher users = Pattern.compile("\"users\"\\s*:\\s*\"([^\"]*)\"").matcher(listing);
    while (users.find()) {
      connectionsPerUser.merge(users.group(1), 1, Integer::sum);
    }
    assertThat(connectionsPerUser.keySet())
        .as("users of the broker's connections: %s", connectionsPerUser)
        .contains("order", "fulfillment", "denormalizer", "web");
    assertThat(connectionsPerUser.getOrDefault(adminUser(), 0))
        .as("connections of the admin user %s (this test's own is one)", adminUser())
        .isEqualTo(1);
  }

  @AfterAll
  static void deleteWhatWasCreatedByMistake() throws Exception {
    try (ServerLocator locator = ActiveMQClient.createServerLocator(URL);
        ClientSessionFactory factory = locator.createSessionFactory();
        ClientSession admin =
            factory.createSession(adminUser(), adminPassword(), false, true, true, false, 0)) {
      // a pause that was let through by mistake is undone; a running queue ignores a resume
      adminInvoke("queue.order.create", "resume");
      for (String queue : QUEUES_CREATED) {
        if (admin.queueQuery(SimpleString.of(queue)).isExists()) {
          admin.deleteQueue(queue);
        }
      }
      if (admin.addressQuery(SimpleString.of("orderflow.grants-test")).isExists()) {
        adminInvoke("broker", "deleteAddress", "orderflow.grants-test");
      }
    }
  }

  /** True if the broker let the user do it, false if it refused for want of permission. */
  private static boolean attempt(String user, String operation, String target) throws Exception {
    try {
      switch (operation) {
        case "send" -> send(user, target);
        case "consume" -> consume(user, target);
        case "browse" -> browse(user, target);
        case "subscribe" -> subscribe(user, target);
        case "create-subscription" -> createSubscription(user, target);
        case "delete-queue" -> core(user, session -> session.deleteQueue(queueOf(target)));
        case "create-address" ->
            core(
                user,
                session ->
                    session.createAddress(SimpleString.of(target), RoutingType.MULTICAST, false));
        case "manage" -> {
          return manage(user, target);
        }
        default -> throw new IllegalArgumentException("unknown operation " + operation);
      }
      return true;
    } catch (JMSSecurityException e) {
      return false;
    } catch (org.apache.activemq.artemis.api.core.ActiveMQSecurityException e) {
      return false;
    }
  }

  /** A durable send blocks until the broker has checked and stored it. */
  private static void send(String user, String address) throws JMSException {
    try (Connection connection = jms(user, password(user))) {
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      Destination destination =
          isQueue(address) ? session.createQueue(address) : session.createTopic(address);
      try (MessageProducer producer = session.createProducer(destination)) {
        producer.setDeliveryMode(DeliveryMode.PERSISTENT);
        producer.setTimeToLive(1);
        producer.send(session.createTextMessage("broker grants test: expires unseen"));
      }
    }
  }

  private static void consume(String user, String queue) throws JMSException {
    try (Connection connection = jms(user, password(user))) {
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      session.createConsumer(session.createQueue(queue)).close();
    }
  }

  private static void browse(String user, String queue) throws JMSException {
    try (Connection connection = jms(user, password(user))) {
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      try (QueueBrowser browser = session.createBrowser(session.createQueue(queue))) {
        browser.getEnumeration().hasMoreElements();
      }
    }
  }

  /** A non-durable subscription: created with the consumer, deleted with it. */
  private static void subscribe(String user, String topic) throws JMSException {
    try (Connection connection = jms(user, password(user))) {
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      session.createConsumer(session.createTopic(topic)).close();
    }
  }

  /**
   * A shared durable subscription: a service's own (it exists, so the broker answers "exists" once
   * the security check has passed), or one of a new name.
   */
  private static void createSubscription(String user, String target) throws Exception {
    boolean existing = target.contains("::");
    String topic = existing ? target.substring(0, target.indexOf("::")) : target;
    String queue =
        existing
            ? queueOf(target).toString()
            : "orderflow.grants-test." + user + "." + UUID.randomUUID();
    if (!existing) {
      QUEUES_CREATED.add(queue);
    }
    try {
      core(
          user,
          session ->
              session.createQueue(
                  QueueConfiguration.of(queue)
                      .setAddress(topic)
                      .setRoutingType(RoutingType.MULTICAST)
                      .setDurable(true)));
    } catch (ActiveMQQueueExistsException e) {
      // allowed: the broker checks permissions before it looks for the queue
    }
  }

  /**
   * A management request; with a subscription to the answers where the user may hold one. Refused
   * outright (no {@code manage}), or answered with a failure (no {@code view} or {@code edit}).
   */
  private static boolean manage(String user, String target) throws JMSException {
    int dot = target.lastIndexOf('.');
    String resource = target.substring(0, dot);
    String operation = target.substring(dot + 1);
    try (Connection connection = jms(user, password(user))) {
      connection.start();
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      String requestId = UUID.randomUUID().toString();
      MessageConsumer answers = null;
      try {
        answers =
            session.createConsumer(
                session.createTopic("admission.replies"), "JMSCorrelationID = '" + requestId + "'");
      } catch (JMSSecurityException e) {
        // this user may not hold a subscription there: the request alone shows whether it may
        // manage
      }
      Message request = session.createMessage();
      // listQueues(options, page, pageSize): every queue in one page, as admission control asks
      Object[] parameters =
          operation.equals("listQueues") ? new Object[] {"", -1, -1} : new Object[0];
      JMSManagementHelper.putOperationInvocation(request, resource, operation, parameters);
      request.setJMSCorrelationID(requestId);
      if (answers != null) {
        request.setJMSReplyTo(session.createTopic("admission.replies"));
      }
      try (MessageProducer producer =
          session.createProducer(session.createQueue("activemq.management"))) {
        producer.setDeliveryMode(DeliveryMode.PERSISTENT);
        producer.send(request);
      }
      if (answers == null) {
        return true;
      }
      Message answer = answers.receive(10_000);
      assertThat(answer).as("the broker's answer to %s", target).isNotNull();
      return JMSManagementHelper.hasOperationSucceeded(answer);
    }
  }

  private interface CoreWork {
    void run(ClientSession session) throws Exception;
  }

  private static void core(String user, CoreWork work) throws Exception {
    try (ServerLocator locator = ActiveMQClient.createServerLocator(URL);
        ClientSessionFactory factory = locator.createSessionFactory();
        ClientSession session =
            factory.createSession(user, password(user), false, true, true, false, 0)) {
      work.run(session);
    }
  }

  private static String adminListConnections() throws Exception {
    return adminInvoke("broker", "listConnections", "", -1, -1);
  }

  /** A management operation as the instance's admin; its result. */
  private static String adminInvoke(String resource, String operation, Object... parameters)
      throws Exception {
    try (ActiveMQConnectionFactory factory =
            new ActiveMQConnectionFactory(URL, adminUser(), adminPassword());
        Connection connection = factory.createConnection()) {
      connection.start();
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      TemporaryQueue replies = session.createTemporaryQueue();
      MessageConsumer answers = session.createConsumer(replies);
      Message request = session.createMessage();
      JMSManagementHelper.putOperationInvocation(request, resource, operation, parameters);
      request.setJMSReplyTo(replies);
      session.createProducer(session.createQueue("activemq.management")).send(request);
      Message answer = answers.receive(10_000);
      assertThat(answer).as("the broker's answer to %s %s", resource, operation).isNotNull();
      assertThat(JMSManagementHelper.hasOperationSucceeded(answer))
          .as("%s %s: %s", resource, operation, JMSManagementHelper.getResult(answer))
          .isTrue();
      return String.valueOf(JMSManagementHelper.getResult(answer));
    }
  }

  /** A JMS connection that takes no message it is not asked for (no prefetch). */
  private static Connection jms(String user, String password) throws JMSException {
    ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(URL, user, password);
    factory.setConsumerWindowSize(0);
    return factory.createConnection();
  }

  /** Commands have a queue of their own name; events and DLA are topics. */
  private static boolean isQueue(String address) {
    return Set.of(
            "order.create", "product.register", "inventory.restock", "dead-letter.record-discard")
        .contains(address);
  }

  private static SimpleString queueOf(String target) {
    return SimpleString.of(
        target.contains("::") ? target.substring(target.indexOf("::") + 2) : target);
  }

  private static String adminUser() {
    return setting("ORDERFLOW_BROKER_USER", "orderflow");
  }

  private static String adminPassword() {
    return setting("ORDERFLOW_BROKER_PASSWORD", "orderflow");
  }

  /** ORDERFLOW_BROKER_PASSWORD_<USER>, else the one ./orderflow generated into var/. */
  static String password(String user) {
    String fromEnvironment = setting("ORDERFLOW_BROKER_PASSWORD_" + user.toUpperCase(), null);
    if (fromEnvironment != null) {
      return fromEnvironment;
    }
    Path credentials = PlatformProcesses.VAR.resolve("broker-credentials");
    try {
      return Files.readAllLines(credentials).stream()
          .map(line -> line.split(" ", 2))
          .filter(parts -> parts.length == 2 && parts[0].equals(user))
          .map(parts -> parts[1])
          .findFirst()
          .orElseThrow(
              () -> new IllegalStateException("no password of " + user + " in " + credentials));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + credentials, e);
    }
  }
}

package io.orderflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderflow.contracts.messages.MessageType;
import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.messaging.DeadLetters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The broker knows every message before it is sent: broker.xml declares each message type's address
 * and its dead-letter queue (a service parks a message on the dead-letter address itself, and a
 * copy sent there before its queue exists reaches no queue), and names each subscription it
 * declares as the resource adapter names the subscription's queue (else the service would create a
 * second one, and the declared one would fill up unread).
 */
class BrokerConfigurationTest {

  private static final List<String> SERVICES = List.of("order", "fulfillment", "denormalizer");

  private static Document broker;

  @BeforeAll
  static void readBrokerXml() throws Exception {
    Path brokerXml =
        Path.of(System.getProperty("orderflow.root", ".."))
            .resolve("server-config/artemis/broker.xml");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    broker = factory.newDocumentBuilder().parse(brokerXml.toFile());
  }

  static Stream<String> messageTypes() {
    return MessageTypes.ALL.stream().map(MessageType::name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("messageTypes")
  void every_message_type_has_its_address_and_its_dead_letter_queue(String type) {
    assertThat(addressNames()).as("addresses in broker.xml").contains(type);
    assertThat(queuesOf(DeadLetters.ADDRESS))
        .as("dead-letter queues in broker.xml")
        .contains(
            new Queue(
                DeadLetters.queueOf(type), DeadLetters.ORIGINAL_ADDRESS + " = '" + type + "'"));
  }

  @Test
  void a_declared_subscription_is_named_as_the_resource_adapter_names_it() {
    List<String> subscriptions = new ArrayList<>();
    for (String topic : addressNames()) {
      if (topic.equals(DeadLetters.ADDRESS) || MessageTypes.byName(topic).isEmpty()) {
        continue;
      }
      queuesOf(topic).stream()
          .map(Queue::name)
          .filter(name -> !name.equals(topic))
          .forEach(
              queue -> {
                subscriptions.add(queue);
                assertThat(SERVICES.stream().map(service -> escaped(service + "." + topic)))
                    .as(
                        "the subscription %s on topic %s: <service>.<topic>, each '.' as '\\.'",
                        queue, topic)
                    .contains(queue);
              });
    }
    assertThat(subscriptions).isNotEmpty();
  }

  private record Queue(String name, String filter) {}

  private static String escaped(String subscription) {
    return subscription.replace(".", "\\.");
  }

  private static List<String> addressNames() {
    List<String> names = new ArrayList<>();
    NodeList addresses = broker.getElementsByTagNameNS("*", "address");
    for (int i = 0; i < addresses.getLength(); i++) {
      names.add(((Element) addresses.item(i)).getAttribute("name"));
    }
    return names;
  }

  private static List<Queue> queuesOf(String address) {
    List<Queue> queues = new ArrayList<>();
    NodeList addresses = broker.getElementsByTagNameNS("*", "address");
    for (int i = 0; i < addresses.getLength(); i++) {
      Element element = (Element) addresses.item(i);
      if (!element.getAttribute("name").equals(address)) {
        continue;
      }
      NodeList declared = element.getElementsByTagNameNS("*", "queue");
      for (int q = 0; q < declared.getLength(); q++) {
        Element queue = (Element) declared.item(q);
        NodeList filters = queue.getElementsByTagNameNS("*", "filter");
        String filter =
            filters.getLength() == 0 ? null : ((Element) filters.item(0)).getAttribute("string");
        queues.add(new Queue(queue.getAttribute("name"), filter));
      }
    }
    return queues;
  }
}

package io.orderflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.orderflow.contracts.messages.MessageType;
import io.orderflow.messaging.BatchedConsumer;
import io.orderflow.messaging.MessageDrivenConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every consumer names its message type once, in code, and its destination follows from it: a
 * command's queue, or an event's topic with the service's shared durable subscription {@code
 * <service>.<event>}. A message-driven bean's annotation must say the same, and must ask the
 * resource adapter for its local-transaction mode: its database transaction commits before it
 * publishes, and the adapter acknowledges after both. And the broker lets the service's own user
 * consume there: broker.xml grants its role {@code consume} on the command's queue, or on the
 * subscription's own security setting ({@code <event>::<service>\.<event>}), which no other module
 * holds.
 */
class ConsumerDeclarationTest {

  private static final JavaClasses SERVICES =
      new ClassFileImporter()
          .importPaths(
              Arrays.stream(ServiceModule.values()).map(ServiceModule::compiledClasses).toList());

  @TestFactory
  Stream<DynamicTest> a_message_driven_bean_listens_where_its_message_type_is_sent() {
    List<JavaClass> beans = annotatedWith(MessageDriven.class);
    assertThat(beans).as("message-driven beans").isNotEmpty();
    return beans.stream()
        .map(bean -> DynamicTest.dynamicTest(bean.getSimpleName(), () -> check(bean.reflect())));
  }

  @TestFactory
  Stream<DynamicTest> a_batched_consumer_receives_where_its_message_type_is_sent() {
    List<JavaClass> consumers =
        SERVICES.stream()
            .filter(c -> c.isAssignableTo(BatchedConsumer.class) && !c.isInterface())
            .toList();
    return consumers.stream()
        .map(
            consumer ->
                DynamicTest.dynamicTest(
                    consumer.getSimpleName(),
                    () -> {
                      BatchedConsumer<?> instance =
                          (BatchedConsumer<?>) newInstance(consumer.reflect());
                      MessageType<?> type = instance.messageType();
                      if (!type.isCommand()) {
                        assertThat(instance.subscriptionName())
                            .isEqualTo(serviceOf(consumer.reflect()) + "." + type.name());
                      }
                      assertGrantedToItsService(consumer.reflect(), type);
                    }));
  }

  private static void check(Class<?> bean) throws Exception {
    assertThat(MessageDrivenConsumer.class)
        .as(bean.getSimpleName() + " names its message type through MessageDrivenConsumer")
        .isAssignableFrom(bean);
    MessageType<?> type = ((MessageDrivenConsumer<?>) newInstance(bean)).messageType();
    Map<String, String> config = activationConfigOf(bean);
    assertThat(config)
        .as(bean.getSimpleName() + " consumes " + type.name())
        .containsEntry("destination", type.name())
        .containsEntry("useJNDI", "false")
        .containsEntry("useLocalTx", "true");
    if (type.isCommand()) {
      assertThat(config).containsEntry("destinationType", "jakarta.jms.Queue");
    } else {
      assertThat(config)
          .containsEntry("destinationType", "jakarta.jms.Topic")
          .containsEntry("subscriptionDurability", "Durable")
          .containsEntry("shareSubscriptions", "true")
          .containsEntry("subscriptionName", serviceOf(bean) + "." + type.name());
    }
    assertGrantedToItsService(bean, type);
  }

  /** The security setting that governs where the consumer receives, and its consume roles. */
  private static void assertGrantedToItsService(Class<?> consumer, MessageType<?> type)
      throws Exception {
    String service = serviceOf(consumer);
    String match =
        type.isCommand()
            ? type.name()
            : type.name() + "::" + (service + "." + type.name()).replace(".", "\\.");
    assertThat(consumeRoles(match))
        .as("roles broker.xml lets consume %s (%s)", match, consumer.getSimpleName())
        .contains(service)
        .allMatch(role -> role.equals(service) || role.equals("amq"));
  }

  private static List<String> consumeRoles(String match) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document broker =
        factory
            .newDocumentBuilder()
            .parse(
                Path.of(System.getProperty("orderflow.root", ".."))
                    .resolve("server-config/artemis/broker.xml")
                    .toFile());
    NodeList settings = broker.getElementsByTagNameNS("*", "security-setting");
    for (int i = 0; i < settings.getLength(); i++) {
      Element setting = (Element) settings.item(i);
      if (!setting.getAttribute("match").equals(match)) {
        continue;
      }
      NodeList permissions = setting.getElementsByTagNameNS("*", "permission");
      for (int p = 0; p < permissions.getLength(); p++) {
        Element permission = (Element) permissions.item(p);
        if (permission.getAttribute("type").equals("consume")) {
          return Arrays.stream(permission.getAttribute("roles").split(","))
              .map(String::trim)
              .toList();
        }
      }
    }
    return List.of();
  }

  private static List<JavaClass> annotatedWith(Class<MessageDriven> annotation) {
    return SERVICES.stream().filter(c -> c.isAnnotatedWith(annotation)).toList();
  }

  private static Map<String, String> activationConfigOf(Class<?> bean) {
    return Arrays.stream(bean.getAnnotation(MessageDriven.class).activationConfig())
        .collect(
            Collectors.toMap(
                ActivationConfigProperty::propertyName, ActivationConfigProperty::propertyValue));
  }

  /** {@code io.orderflow.<service>...}: the service the class belongs to. */
  private static String serviceOf(Class<?> type) {
    return type.getPackageName().split("\\.")[2];
  }

  private static Object newInstance(Class<?> type) {
    try {
      return type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(type.getSimpleName() + " cannot be made for the check", e);
    }
  }
}

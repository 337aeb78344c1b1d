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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every consumer names its message type once, in code, and its destination follows from it: a
 * command's queue, or an event's topic with the service's shared durable subscription {@code
 * <service>.<event>}. A message-driven bean's annotation must say the same, and must ask the
 * resource adapter for its local-transaction mode: its database transaction commits before it
 * publishes, and the adapter acknowledges after both.
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
                    }));
  }

  private static void check(Class<?> bean) {
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

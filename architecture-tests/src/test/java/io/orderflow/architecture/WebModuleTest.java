package io.orderflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.orderflow.contracts.messages.MessageType;
import io.orderflow.contracts.messages.MessageTypes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The web module is the query side plus a command gateway: it reads views and sends commands. */
@AnalyzeClasses(locations = CompiledModules.class)
class WebModuleTest {

  private static final String WEB = ServiceModule.WEB.basePackage() + "..";

  @ArchTest
  static final ArchRule web_never_writes_to_the_database =
      noClasses()
          .that()
          .resideInAPackage(WEB)
          .should()
          .callMethodWhere(aDatabaseWrite())
          .because(
              "the views it reads are written only by the denormalizer; the web changes state by"
                  + " sending a command to the service that owns it");

  @ArchTest
  static final ArchRule web_names_only_command_message_types =
      noClasses()
          .that()
          .resideInAPackage(WEB)
          .should()
          .accessTargetWhere(anythingButACommandType())
          .because(
              "an event states what a service has done, so only that service may publish it; the"
                  + " web may only ask for something to be done");

  private static DescribedPredicate<JavaMethodCall> aDatabaseWrite() {
    return DescribedPredicate.describe(
        "EntityManager.persist/merge/remove or Query.executeUpdate",
        call -> {
          AccessTarget.MethodCallTarget target = call.getTarget();
          return target.getOwner().isAssignableTo(EntityManager.class)
                  && Set.of("persist", "merge", "remove").contains(target.getName())
              || target.getOwner().isAssignableTo(Query.class)
                  && target.getName().equals("executeUpdate");
        });
  }

  /**
   * Anything of MessageTypes but its command constants (an event constant, ALL, byName), and
   * MessageType.event: each would let the web name an event.
   */
  private static DescribedPredicate<JavaAccess<?>> anythingButACommandType() {
    Set<String> commands = commandConstants();
    return DescribedPredicate.describe(
        "it names an event type, or could (commands allowed: " + commands + ")",
        access -> {
          String owner = access.getTargetOwner().getName();
          if (owner.equals(MessageTypes.class.getName())) {
            return !(access instanceof JavaFieldAccess && commands.contains(access.getName()));
          }
          return owner.equals(MessageType.class.getName()) && access.getName().equals("event");
        });
  }

  /** Read from contracts rather than listed here, so a new command needs no change to the rule. */
  private static Set<String> commandConstants() {
    return Arrays.stream(MessageTypes.class.getFields())
        .filter(field -> Modifier.isStatic(field.getModifiers()))
        .filter(field -> field.getType() == MessageType.class)
        .filter(field -> valueOf(field).isCommand())
        .map(Field::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static MessageType<?> valueOf(Field constant) {
    try {
      return (MessageType<?>) constant.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}

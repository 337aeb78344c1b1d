package io.orderflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.orderflow.contracts.messages.MessageType;
import io.orderflow.contracts.messages.MessageTypes;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The web module is the query side plus a command gateway: it reads views and sends commands. It
 * owns and writes only schema access (who may use the platform, and the audit of what they
 * changed), never business or view state.
 */
@AnalyzeClasses(locations = CompiledModules.class)
class WebModuleTest {

  private static final String WEB = ServiceModule.WEB.basePackage() + "..";
  private static final String ACCESS = ServiceModule.WEB.basePackage() + ".access..";
  private static final String ACCESS_REPOSITORIES =
      ServiceModule.WEB.basePackage() + ".access.infrastructure..";

  @ArchTest
  static final ArchRule web_writes_to_the_database_only_through_the_access_repositories =
      noClasses()
          .that()
          .resideInAPackage(WEB)
          .and()
          .resideOutsideOfPackage(ACCESS_REPOSITORIES)
          .should()
          .callMethodWhere(aDatabaseWrite())
          .because(
              "the views it reads are written only by the denormalizer; the web changes business"
                  + " state by sending a command to the service that owns it, and writes only its"
                  + " own schema access, through the repositories of the access unit");

  @ArchTest
  static final ArchRule the_access_repositories_use_only_the_access_unit =
      fields()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage(ACCESS_REPOSITORIES)
          .and()
          .areAnnotatedWith(PersistenceContext.class)
          .should(useTheAccessUnit())
          .because("a repository that writes must write schema access, through its own pool");

  @ArchTest
  static final ArchRule entities_of_the_access_unit_map_schema_access =
      classes()
          .that()
          .resideInAPackage(ACCESS)
          .and()
          .areAnnotatedWith(Entity.class)
          .should(mapSchemaAccess())
          .because("what the web writes lives in its own schema, access, and nowhere else");

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

  private static ArchCondition<JavaField> useTheAccessUnit() {
    return new ArchCondition<>("name persistence unit access") {
      @Override
      public void check(JavaField field, ConditionEvents events) {
        String unit = field.getAnnotationOfType(PersistenceContext.class).unitName();
        if (!"access".equals(unit)) {
          events.add(SimpleConditionEvent.violated(field, field.getFullName() + " uses " + unit));
        }
      }
    };
  }

  private static ArchCondition<JavaClass> mapSchemaAccess() {
    return new ArchCondition<>("be mapped to tables of schema access") {
      @Override
      public void check(JavaClass entity, ConditionEvents events) {
        String schema =
            entity.isAnnotatedWith(Table.class)
                ? entity.getAnnotationOfType(Table.class).schema()
                : "";
        if (!"access".equals(schema)) {
          events.add(
              SimpleConditionEvent.violated(
                  entity, entity.getName() + " maps schema '" + schema + "'"));
        }
      }
    };
  }

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

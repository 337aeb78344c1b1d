package io.orderflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.orderflow.messaging.BatchedConsumer;
import jakarta.ejb.MessageDriven;

/**
 * Messages enter a service only through thin message-driven beans, or consumers received in
 * batches, named after the message.
 */
@AnalyzeClasses(locations = CompiledModules.class)
class MessagingConventionsTest {

  @ArchTest
  static final ArchRule consumers_are_message_driven_beans_or_batched_consumers =
      classes()
          .that()
          .haveSimpleNameEndingWith("Consumer")
          .and()
          .resideOutsideOfPackage(ServiceModule.MESSAGING_PACKAGE + "..")
          .should()
          .beAnnotatedWith(MessageDriven.class)
          .orShould()
          .implement(BatchedConsumer.class)
          .andShould()
          .resideInAPackage("..infrastructure.messaging..")
          .because(
              "a *Consumer is the JMS entry point for one message type: an MDB, or a"
                  + " consumer received in batches, that hands the message to the inbox and"
                  + " its handler, kept with the rest of the messaging plumbing");

  @ArchTest
  static final ArchRule message_driven_beans_are_named_consumer =
      classes()
          .that()
          .areAnnotatedWith(MessageDriven.class)
          .should()
          .haveSimpleNameEndingWith("Consumer")
          .because(
              "every way into a service must be found by name: <Message>Consumer receives the"
                  + " message that <Message>Handler handles");
}

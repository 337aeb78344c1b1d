package io.orderflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Inside each service: domain at the centre, application around it, infrastructure outside. */
@AnalyzeClasses(locations = CompiledModules.class)
class LayeringTest {

  @ArchTest
  static final ArchRule domain_knows_no_messaging_web_ejb_or_outer_layer =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.jms..",
              "jakarta.ws.rs..",
              "jakarta.faces..",
              "jakarta.ejb..",
              ServiceModule.MESSAGING_PACKAGE + "..",
              "..infrastructure..",
              "..application..")
          .because(
              "domain rules are plain code, tested without a container or a broker: transport,"
                  + " user interface and wiring live in the outer layers, which depend on the"
                  + " domain and never the reverse");

  @ArchTest
  static final ArchRule application_knows_no_infrastructure_jms_or_jax_rs =
      noClasses()
          .that()
          .resideInAPackage("..application..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..infrastructure..", "jakarta.jms..", "jakarta.ws.rs..")
          .because(
              "a handler says what a message means for the service; how the message arrives (the"
                  + " MDB) and how state is stored (the Jpa* repositories) are infrastructure,"
                  + " reached only through domain interfaces and the messaging runtime");

  @ArchTest
  static final ArchRule handlers_live_in_the_application_layer =
      classes()
          .that()
          .haveSimpleNameEndingWith("Handler")
          .should()
          .resideInAPackage("..application..")
          .because(
              "there is one handler per consumed message type and it is the application layer:"
                  + " finding every use case of a service means reading its application package");
}

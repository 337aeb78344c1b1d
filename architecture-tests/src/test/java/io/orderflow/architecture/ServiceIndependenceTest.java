package io.orderflow.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Services are choreographed through messages, never through each other's code. */
@AnalyzeClasses(locations = CompiledModules.class)
class ServiceIndependenceTest {

  @ArchTest
  static final ArchRule services_share_only_the_contracts_and_the_messaging_runtime =
      slices()
          .matching("io.orderflow.(*)..")
          .namingSlices("$1")
          .should()
          .notDependOnEachOther()
          .ignoreDependency(alwaysTrue(), resideInAPackage(ServiceModule.CONTRACTS_PACKAGE + ".."))
          .ignoreDependency(alwaysTrue(), resideInAPackage(ServiceModule.MESSAGING_PACKAGE + ".."))
          .because(
              "order, fulfillment, denormalizer and web are deployed and evolved independently and"
                  + " talk only through the messages defined in contracts, sent and received by the"
                  + " messaging runtime; a class shared any other way couples their releases and"
                  + " their schemas (and neither contracts nor messaging knows a service)");
}

package io.orderflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Nothing of ours reads the application server's implementation: a server upgrade must not be able
 * to break recovery, or anything else, with one warning in the log.
 */
class ContainerInternalsTest {

  @Test
  void no_class_uses_payara_or_jts_implementation_packages() {
    List<Path> modules = new ArrayList<>();
    modules.add(ServiceModule.compiledClassesOf(ServiceModule.CONTRACTS_MODULE));
    modules.add(ServiceModule.compiledClassesOf(ServiceModule.MESSAGING_MODULE));
    modules.add(ServiceModule.compiledClassesOf("artemis-rar"));
    Arrays.stream(ServiceModule.values()).map(ServiceModule::compiledClasses).forEach(modules::add);
    JavaClasses ours = new ClassFileImporter().importPaths(modules);

    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.sun.jts..",
            "com.sun.enterprise..",
            "org.glassfish..",
            "fish.payara..",
            "com.sun.jdo..",
            "org.jvnet.hk2..")
        .because(
            "Payara's and JTS's implementation classes are no API: the platform uses Jakarta EE"
                + " and MicroProfile interfaces only")
        .check(ours);
  }
}

package io.orderflow.architecture;

import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.LocationProvider;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The compiled main classes of contracts, the messaging runtime and every service module, read from
 * their target folders: a WAR on the class path would hide the web module's classes.
 */
public final class CompiledModules implements LocationProvider {

  @Override
  public Set<Location> get(Class<?> testClass) {
    return Stream.concat(
            Stream.of(
                ServiceModule.compiledClassesOf(ServiceModule.CONTRACTS_MODULE),
                ServiceModule.compiledClassesOf(ServiceModule.MESSAGING_MODULE)),
            Arrays.stream(ServiceModule.values()).map(ServiceModule::compiledClasses))
        .map(Location::of)
        .collect(Collectors.toSet());
  }
}

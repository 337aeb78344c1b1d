package io.orderflow.architecture;

import java.nio.file.Files;
import java.nio.file.Path;

/** The modules whose code the rules check, each with the one schema it may touch. */
enum ServiceModule {
  ORDER("order-ejb", "io.orderflow.order", "orders", true),
  FULFILLMENT("fulfillment-ejb", "io.orderflow.fulfillment", "fulfillment", true),
  DENORMALIZER("denormalizer-ejb", "io.orderflow.denormalizer", "views", true),
  /** Reads the denormalizer's views; the schema and its migrations belong to the denormalizer. */
  WEB("web-war", "io.orderflow.web", "views", false);

  /** The message records every module may use; it is no service and owns no schema. */
  static final String CONTRACTS_MODULE = "contracts";

  static final String CONTRACTS_PACKAGE = "io.orderflow.contracts";

  /** The messaging runtime every module may use; it is no service and owns no schema. */
  static final String MESSAGING_MODULE = "messaging";

  static final String MESSAGING_PACKAGE = "io.orderflow.messaging";

  private final String directoryName;
  private final String basePackage;
  private final String schema;
  private final boolean ownsMigrations;

  ServiceModule(String directoryName, String basePackage, String schema, boolean ownsMigrations) {
    this.directoryName = directoryName;
    this.basePackage = basePackage;
    this.schema = schema;
    this.ownsMigrations = ownsMigrations;
  }

  String basePackage() {
    return basePackage;
  }

  String schema() {
    return schema;
  }

  String dataSource() {
    return "jdbc/" + schema;
  }

  boolean ownsMigrations() {
    return ownsMigrations;
  }

  /** Where Flyway finds this module's migrations (see SchemaMigration in messaging). */
  String migrationFolder() {
    return "db/" + schema;
  }

  Path mainSources() {
    return directory(directoryName).resolve("src/main");
  }

  Path compiledClasses() {
    return compiledClassesOf(directoryName);
  }

  static Path compiledClassesOf(String directoryName) {
    Path classes = directory(directoryName).resolve("target/classes");
    if (!Files.isDirectory(classes)) {
      throw new IllegalStateException(
          "No compiled classes in "
              + classes
              + ": build "
              + directoryName
              + " first (in the reactor it is built before architecture-tests)");
    }
    return classes;
  }

  /** Modules are siblings of this one; surefire passes the project root. */
  private static Path directory(String directoryName) {
    return Path.of(System.getProperty("orderflow.root", ".."))
        .toAbsolutePath()
        .normalize()
        .resolve(directoryName);
  }
}

package io.orderflow.architecture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The modules whose code the rules check, each with the one schema it owns (writes and migrates)
 * and the schemas it may only read.
 */
enum ServiceModule {
  ORDER("order-ejb", "io.orderflow.order", "orders", true),
  FULFILLMENT("fulfillment-ejb", "io.orderflow.fulfillment", "fulfillment", true),
  DENORMALIZER("denormalizer-ejb", "io.orderflow.denormalizer", "views", true),
  /**
   * Owns schema access (identities, their audit); reads the denormalizer's views, whose schema and
   * migrations belong to the denormalizer.
   */
  WEB("web-war", "io.orderflow.web", "access", true, "views");

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
  private final List<String> readSchemas;

  ServiceModule(
      String directoryName,
      String basePackage,
      String schema,
      boolean ownsMigrations,
      String... readSchemas) {
    this.directoryName = directoryName;
    this.basePackage = basePackage;
    this.schema = schema;
    this.ownsMigrations = ownsMigrations;
    this.readSchemas = List.of(readSchemas);
  }

  String basePackage() {
    return basePackage;
  }

  String schema() {
    return schema;
  }

  /** The schemas it only reads, through a data source {@code jdbc/<schema>-read}, never writing. */
  List<String> readSchemas() {
    return readSchemas;
  }

  /** Its own schema and those it reads. */
  List<String> schemas() {
    return Stream.concat(Stream.of(schema), readSchemas.stream()).toList();
  }

  /** Its runtime pool, which logs in as the module's role: DML on its own schema only. */
  String dataSource() {
    return "jdbc/" + schema;
  }

  /**
   * The pool its migrations use at start, which logs in as the schema's owner (DDL); nothing else
   * in the module looks it up.
   */
  String migrationDataSource() {
    return "jdbc/" + schema + "-migration";
  }

  /**
   * The pools its persistence units use: its own schema's, and one per schema it reads, {@code
   * jdbc/<schema>-read}, which logs in as the module's role (SELECT only there), never the owning
   * module's pool.
   */
  List<String> dataSources() {
    return Stream.concat(
            Stream.of(dataSource()), readSchemas.stream().map(name -> "jdbc/" + name + "-read"))
        .toList();
  }

  /** Every data source it may look up: its pools and its migration pool. */
  List<String> lookups() {
    return Stream.concat(dataSources().stream(), Stream.of(migrationDataSource())).toList();
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

package io.orderflow.messaging.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a service's own schema up to date with the migrations it ships. Flyway takes a database
 * lock, so several instances starting together migrate once. The data source is the module's
 * migration resource (e.g. {@code jdbc/orders-migration}), which logs in as the schema's owner: the
 * runtime roles have no DDL rights.
 */
public final class SchemaMigration {

  private SchemaMigration() {}

  /** Callbacks every module's migrations run, e.g. afterMigrate.sql. */
  private static final String CALLBACKS = "classpath:db/callbacks";

  /**
   * @param owner a class of the service, whose class loader finds its migrations
   * @param location the classpath folder of the service's migrations, e.g. {@code db/orders}
   */
  public static void migrate(
      DataSource dataSource, String schema, String location, Class<?> owner) {
    Flyway.configure(owner.getClassLoader())
        .dataSource(dataSource)
        .schemas(schema)
        .defaultSchema(schema)
        .locations("classpath:" + location, CALLBACKS)
        .load()
        .migrate();
  }
}

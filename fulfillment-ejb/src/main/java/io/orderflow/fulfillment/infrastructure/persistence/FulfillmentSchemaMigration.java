package io.orderflow.fulfillment.infrastructure.persistence;

import io.orderflow.messaging.persistence.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import javax.sql.DataSource;

/** Migrates schema {@code fulfillment} when the service starts, before it handles messages. */
@Startup
@Singleton
public class FulfillmentSchemaMigration {

  /** Logs in as the schema's owner, the only role allowed DDL on it; used only here, at start. */
  @Resource(lookup = "jdbc/fulfillment-migration")
  DataSource dataSource;

  /** Outside any JTA transaction: Flyway commits each migration itself. */
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void migrate() {
    SchemaMigration.migrate(dataSource, "fulfillment", "db/fulfillment", getClass());
  }
}

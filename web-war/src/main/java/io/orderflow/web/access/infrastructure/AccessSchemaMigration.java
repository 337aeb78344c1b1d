package io.orderflow.web.access.infrastructure;

import io.orderflow.messaging.persistence.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/** Brings schema {@code access} up to date with this module's migrations, at start. */
@ApplicationScoped
public class AccessSchemaMigration {

  /** Logs in as the schema's owner, the only role allowed DDL on it; used only here, at start. */
  @Resource(lookup = "jdbc/access-migration")
  DataSource dataSource;

  public void migrate() {
    SchemaMigration.migrate(dataSource, "access", "db/access", getClass());
  }
}

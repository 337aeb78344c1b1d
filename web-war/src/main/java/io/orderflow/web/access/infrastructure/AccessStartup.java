package io.orderflow.web.access.infrastructure;

import io.orderflow.web.access.application.AccountsAtStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * At deployment, before the first request: schema {@code access} migrated, then the accounts the
 * profile asks for (dev's demo users, prod's first admin).
 */
@ApplicationScoped
public class AccessStartup {

  @Inject AccessSchemaMigration migration;
  @Inject AccountsAtStart accountsAtStart;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    migration.migrate();
    accountsAtStart.prepare();
  }
}

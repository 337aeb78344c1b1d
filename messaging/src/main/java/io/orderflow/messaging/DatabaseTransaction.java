package io.orderflow.messaging;

import jakarta.persistence.EntityManager;
import java.sql.Connection;

/**
 * The handlers' database transaction as the {@link Inbox} uses it: its connection, for the
 * processed-message records, and the handlers' own writes, flushed once for the whole batch.
 */
interface DatabaseTransaction {

  Connection connection();

  /** Sends the handlers' pending writes; a database error surfaces here. */
  void flushWrites();

  /** The container-managed persistence context of a service, inside its transaction. */
  static DatabaseTransaction of(EntityManager entityManager) {
    return new DatabaseTransaction() {
      @Override
      public Connection connection() {
        return entityManager.unwrap(Connection.class);
      }

      @Override
      public void flushWrites() {
        entityManager.flush();
      }
    };
  }
}

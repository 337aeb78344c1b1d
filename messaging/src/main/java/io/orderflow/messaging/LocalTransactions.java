package io.orderflow.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.function.Supplier;

/**
 * The container-managed transaction around a handler's database work. Its one resource is the
 * service's non-XA pool, so it commits in one phase; the broker is not part of it. Callers hold no
 * transaction: what they do after {@link #required} returns happens after the commit.
 */
@ApplicationScoped
public class LocalTransactions {

  /** Runs the work in a transaction that commits before this returns, or rolls back and throws. */
  @Transactional(TxType.REQUIRED)
  public <T> T required(Supplier<T> work) {
    return work.get();
  }
}

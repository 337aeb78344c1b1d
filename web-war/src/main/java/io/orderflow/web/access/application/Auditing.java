package io.orderflow.web.access.application;

import io.orderflow.web.access.domain.AuditEntry;
import io.orderflow.web.access.domain.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;

/**
 * Records what someone did outside the accounts, e.g. a replayed or discarded message, in a
 * transaction of its own: the access schema is never part of a broker transaction.
 */
@ApplicationScoped
public class Auditing {

  @Inject AuditTrail audit;

  @Transactional(TxType.REQUIRES_NEW)
  public void record(String actor, String action, String subject, String detail) {
    audit.record(new AuditEntry(Instant.now(), actor, action, subject, detail));
  }

  @Transactional(TxType.SUPPORTS)
  public List<AuditEntry> recent(int limit) {
    return audit.recent(limit);
  }
}

package io.orderflow.web.access.domain;

import java.util.List;

/** What was changed by whom: accounts, and repairs of parked messages. */
public interface AuditTrail {

  void record(AuditEntry entry);

  /** Newest first. */
  List<AuditEntry> recent(int limit);
}

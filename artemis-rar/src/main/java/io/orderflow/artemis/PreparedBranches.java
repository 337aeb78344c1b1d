package io.orderflow.artemis;

import java.util.List;
import javax.transaction.xa.Xid;

/**
 * The transaction branches one resource manager holds prepared, waiting for their transaction
 * manager's decision, seen over a connection opened for one sweep.
 */
interface PreparedBranches extends AutoCloseable {

  /** What the branches are in, for the log: "broker" or "database". */
  String resourceManager();

  List<Xid> list() throws Exception;

  /** Commits the branch; a branch already settled meanwhile is no error. */
  void commit(Xid branch) throws Exception;

  /** Rolls the branch back; a branch already settled meanwhile is no error. */
  void rollback(Xid branch) throws Exception;
}

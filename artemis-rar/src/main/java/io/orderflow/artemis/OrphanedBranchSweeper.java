package io.orderflow.artemis;

import io.orderflow.artemis.PayaraTransactionRecords.Fate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.NamingException;
import javax.transaction.xa.Xid;

/**
 * Settles the prepared transaction branches that this server's transaction manager has left behind
 * in one resource manager (the broker, or the database): it commits those it has decided to commit
 * but could not, rolls back those it has decided to roll back, and settles those it has no record
 * of by the rule of their resource manager ({@link WhenUnknown}). It is the only recovery: Payara's
 * own start-up recovery is off (resources.asadmin), because it rolls back a database branch it has
 * no record of.
 *
 * <p>Why, in the broker: when the broker dies between writing a prepare to its journal and
 * answering it, the transaction manager sees a failed prepare, rolls the other branches back and
 * forgets the transaction. The restarted broker keeps the branch prepared, and with it the command
 * it received or the event it was to publish. A branch decided for commit while the broker was down
 * would wait for a background completion that also gives up for good at its first failure, and is
 * off (resources.asadmin).
 *
 * <p>Why, in the database: a server killed between the prepares and its decision leaves branches
 * prepared that hold the stock rows every fulfillment locks, so that no order can be fulfilled
 * until someone settles them; and a PostgreSQL restart in the middle of a commit leaves a branch
 * JTS decided to commit prepared.
 *
 * <p>A branch JTS decided to commit is committed at first sight: its second phase already failed,
 * and nothing in JTS tries again. Any other branch is settled once found so in two sweeps in a row
 * (a branch whose coordinator has just finished is gone by the second), and a branch JTS has no
 * record of only once JTS's start-up resync is over. Payara's run-time entry point for this ({@code
 * recoverXAResources}) would also hand branches of live transactions to their coordinators a second
 * time.
 */
final class OrphanedBranchSweeper implements Runnable {

  private static final Logger LOG = Logger.getLogger(OrphanedBranchSweeper.class.getName());

  /**
   * How a branch that JTS has no record of is settled. Every transaction here consumes one message
   * and writes through the service's inbox, which records the message as processed, with what its
   * handler published, in the same database branch; the broker branch holds the acknowledgement and
   * the sends. Of the four outcomes of the two branches, only a database branch rolled back while
   * the broker branch committed loses anything (the message is gone, its effects are not there). A
   * database branch committed while the broker branch rolls back is safe: the message comes back,
   * and the inbox publishes again what it had published. So a database branch is committed and a
   * broker branch rolled back, which is safe whatever became of the other branch.
   */
  enum WhenUnknown {
    COMMIT,
    ROLL_BACK
  }

  /** Opens a view of one resource manager's prepared branches for one sweep. */
  interface Opener {
    PreparedBranches open() throws Exception;
  }

  private final String resourceManager;
  private final Opener opener;
  private final WhenUnknown whenUnknown;
  private Optional<PayaraTransactionRecords> records = Optional.empty();
  private Map<Xid, Fate> unsettledLastTime = Map.of();
  private boolean reportedWhyNot;

  OrphanedBranchSweeper(String resourceManager, Opener opener, WhenUnknown whenUnknown) {
    this.resourceManager = resourceManager;
    this.opener = opener;
    this.whenUnknown = whenUnknown;
  }

  @Override
  public synchronized void run() {
    if (records.isEmpty()) {
      try {
        records = Optional.of(PayaraTransactionRecords.find());
        LOG.info(
            () ->
                "sweeping orphaned "
                    + resourceManager
                    + " transaction branches of server "
                    + records.get().serverName());
      } catch (ReflectiveOperationException | NamingException | RuntimeException notYet) {
        reportOnce(
            Level.INFO,
            "cannot read the transaction manager's records yet; orphaned "
                + resourceManager
                + " branches wait for the next server start",
            notYet);
        return;
      }
    }
    sweep(records.get());
  }

  private void sweep(PayaraTransactionRecords transactionManager) {
    try (PreparedBranches branches = opener.open()) {
      boolean recoveryOver = transactionManager.startupRecoveryIsOver();
      Map<Xid, Fate> unsettled = new HashMap<>();
      for (Xid branch : branches.list()) {
        if (transactionManager.isBranchOfThisServer(branch)) {
          Fate fate = transactionManager.fateOf(branch);
          if (fate != Fate.IN_PROGRESS && (fate != Fate.UNKNOWN || recoveryOver)) {
            unsettled.put(branch, fate);
          }
        }
      }
      for (Map.Entry<Xid, Fate> branch : unsettled.entrySet()) {
        if (branch.getValue() == Fate.AWAITS_COMMIT
            || branch.getValue() == unsettledLastTime.get(branch.getKey())) {
          settle(branches, branch.getKey(), branch.getValue());
        }
      }
      unsettledLastTime = unsettled;
    } catch (ReflectiveOperationException internalsChanged) {
      reportOnce(
          Level.WARNING,
          "cannot read the transaction manager's records; orphaned "
              + resourceManager
              + " branches wait for the next server start",
          internalsChanged);
    } catch (Exception unreachable) {
      // The next sweep tries again.
      LOG.log(Level.FINE, resourceManager + " sweep failed", unreachable);
    }
  }

  private void reportOnce(Level level, String why, Exception cause) {
    LOG.log(reportedWhyNot ? Level.FINE : level, why, cause);
    reportedWhyNot = true;
  }

  private void settle(PreparedBranches branches, Xid branch, Fate fate) throws Exception {
    boolean commit =
        fate == Fate.AWAITS_COMMIT || (fate == Fate.UNKNOWN && whenUnknown == WhenUnknown.COMMIT);
    if (commit) {
      branches.commit(branch);
    } else {
      branches.rollback(branch);
    }
    LOG.warning(
        () ->
            (commit ? "committed " : "rolled back ")
                + branches.resourceManager()
                + " transaction branch "
                + branch
                + (fate == Fate.UNKNOWN
                    ? " that the transaction manager has no record of"
                    : " left in doubt, as the transaction manager decided"));
  }
}

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
 * in one resource manager (the broker, or the database), while the server runs: it rolls back those
 * it has no record of or has decided to roll back, and commits those it has decided to commit but
 * could not.
 *
 * <p>Why, in the broker: when the broker dies between writing a prepare to its journal and
 * answering it, the transaction manager sees a failed prepare, rolls the other branches back and
 * forgets the transaction. The restarted broker keeps the branch prepared, and with it the command
 * it received or the event it was to publish. A branch decided for commit while the broker was down
 * waits, in Payara, for the next server start: its background completion, which would also give up
 * for good at its first failure, is off (resources.asadmin).
 *
 * <p>Why, in the database: a branch prepared a moment before a server crash was seen still prepared
 * minutes after the restarted server's start-up recovery, holding the stock rows every fulfillment
 * locks, so that no order could be fulfilled until the next restart.
 *
 * <p>The rule is JTS's own at server start (presumed abort). A branch JTS decided to commit is
 * committed at first sight: its second phase already failed, nothing in JTS tries again (Payara's
 * background completion is off), and in the fault suite one such branch, left prepared by a server
 * killed before the next sweep, was gone after the next start without having been committed
 * (2026-11-28). Any other branch is settled once found so in two sweeps in a row, and a branch JTS
 * has no record of only once its start-up recovery is over: until then its log may still hold a
 * commit decision. Payara's run-time entry point for this ({@code recoverXAResources}) would also
 * hand branches of live transactions to their coordinators a second time. Rolling back a broker
 * branch whose database side committed is safe: the consumed message comes back, and the inbox
 * publishes again what handling it published.
 */
final class OrphanedBranchSweeper implements Runnable {

  private static final Logger LOG = Logger.getLogger(OrphanedBranchSweeper.class.getName());

  /** Opens a view of one resource manager's prepared branches for one sweep. */
  interface Opener {
    PreparedBranches open() throws Exception;
  }

  private final String resourceManager;
  private final Opener opener;
  private Optional<PayaraTransactionRecords> records = Optional.empty();
  private Map<Xid, Fate> unsettledLastTime = Map.of();
  private boolean reportedWhyNot;

  OrphanedBranchSweeper(String resourceManager, Opener opener) {
    this.resourceManager = resourceManager;
    this.opener = opener;
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

  private static void settle(PreparedBranches branches, Xid branch, Fate fate) throws Exception {
    if (fate == Fate.AWAITS_COMMIT) {
      branches.commit(branch);
      LOG.warning(
          () ->
              "committed "
                  + branches.resourceManager()
                  + " transaction branch left in doubt "
                  + branch);
    } else {
      branches.rollback(branch);
      LOG.warning(
          () ->
              "rolled back orphaned "
                  + branches.resourceManager()
                  + " transaction branch "
                  + branch);
    }
  }
}

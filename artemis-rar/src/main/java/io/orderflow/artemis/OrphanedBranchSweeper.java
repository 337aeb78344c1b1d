package io.orderflow.artemis;

import io.orderflow.artemis.PayaraTransactionRecords.Fate;
import jakarta.jms.XAConnection;
import jakarta.jms.XASession;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.NamingException;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import org.apache.activemq.artemis.ra.ActiveMQResourceAdapter;

/**
 * Settles the broker's prepared transaction branches that this server's transaction manager has
 * left behind, while the server runs: it rolls back those it has no record of or has decided to
 * roll back, and commits those it has decided to commit but could not (the broker was down).
 *
 * <p>Why: when the broker dies between writing a prepare to its journal and answering it, the
 * transaction manager sees a failed prepare, rolls the other branches back and forgets the
 * transaction. The restarted broker keeps the branch prepared, and with it the command it received
 * or the event it was to publish, until someone settles it. Payara settles such branches only at
 * server start (presumed abort); its run-time entry point ({@code recoverXAResources}) would also
 * hand branches of live transactions to their coordinators a second time. This applies the start-up
 * rule alone, and only to a branch found unknown in two sweeps in a row.
 *
 * <p>A branch decided for commit waits, in Payara, for a background thread that gives up for good
 * at its first failure, or for the next server start; meanwhile its messages are held.
 *
 * <p>Rolling back a branch whose database side committed (a record lost with an earlier server
 * process) is safe: the consumed message comes back, and the inbox publishes again what handling it
 * published.
 */
final class OrphanedBranchSweeper implements Runnable {

  private static final Logger LOG = Logger.getLogger(OrphanedBranchSweeper.class.getName());

  private final ActiveMQResourceAdapter adapter;
  private Optional<PayaraTransactionRecords> records = Optional.empty();
  private Map<Xid, Fate> unsettledLastTime = Map.of();
  private boolean reportedWhyNot;

  OrphanedBranchSweeper(ActiveMQResourceAdapter adapter) {
    this.adapter = adapter;
  }

  @Override
  public synchronized void run() {
    if (records.isEmpty()) {
      try {
        records = Optional.of(PayaraTransactionRecords.find());
        LOG.info(
            () ->
                "sweeping orphaned broker transaction branches of server "
                    + records.get().serverName());
      } catch (ReflectiveOperationException | NamingException | RuntimeException notYet) {
        reportOnce(
            Level.INFO,
            "cannot read the transaction manager's records yet; orphaned broker branches wait for"
                + " the next server start",
            notYet);
        return;
      }
    }
    sweep(records.get());
  }

  private void sweep(PayaraTransactionRecords transactionManager) {
    try (XAConnection connection =
            adapter
                .getDefaultActiveMQConnectionFactory()
                .createXAConnection(adapter.getUserName(), adapter.getPassword());
        XASession session = connection.createXASession()) {
      XAResource broker = session.getXAResource();
      Map<Xid, Fate> unsettled = new HashMap<>();
      for (Xid branch : broker.recover(XAResource.TMSTARTRSCAN | XAResource.TMENDRSCAN)) {
        if (transactionManager.isBranchOfThisServer(branch)) {
          Fate fate = transactionManager.fateOf(branch);
          if (fate != Fate.IN_PROGRESS) {
            unsettled.put(branch, fate);
          }
        }
      }
      for (Map.Entry<Xid, Fate> branch : unsettled.entrySet()) {
        if (branch.getValue() == unsettledLastTime.get(branch.getKey())) {
          settle(broker, branch.getKey(), branch.getValue());
        }
      }
      unsettledLastTime = unsettled;
    } catch (ReflectiveOperationException internalsChanged) {
      reportOnce(
          Level.WARNING,
          "cannot read the transaction manager's records; orphaned broker branches wait for the"
              + " next server start",
          internalsChanged);
    } catch (Exception brokerDown) {
      // The next sweep tries again.
      LOG.log(Level.FINE, "sweep failed", brokerDown);
    }
  }

  private void reportOnce(Level level, String why, Exception cause) {
    LOG.log(reportedWhyNot ? Level.FINE : level, why, cause);
    reportedWhyNot = true;
  }

  private static void settle(XAResource broker, Xid branch, Fate fate) throws XAException {
    try {
      if (fate == Fate.AWAITS_COMMIT) {
        broker.commit(branch, false);
        LOG.warning(() -> "committed broker transaction branch left in doubt " + branch);
      } else {
        broker.rollback(branch);
        LOG.warning(() -> "rolled back orphaned broker transaction branch " + branch);
      }
    } catch (XAException gone) {
      if (gone.errorCode != XAException.XAER_NOTA) {
        throw gone;
      }
      // settled meanwhile by its transaction manager
    }
  }
}

package io.orderflow.system;

import static io.orderflow.system.Platform.api;
import static io.orderflow.system.Platform.setting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.XAConnection;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.xa.PGXADataSource;

/**
 * A database transaction branch that stays prepared with no transaction behind it (what a server
 * killed between the prepare and its decision can leave) holds its row locks until someone settles
 * it. One of this server's is committed while the server runs, so the work its handler finished is
 * kept (the inbox makes that safe whatever became of the broker side) and the order waiting for its
 * stock row is decided. Branches of another transaction manager are not ours to settle.
 */
class OrphanedDatabaseBranchIT {

  private static final String LOCKED_SKU = "MUG-ORANGE";
  // the adapter sweeps every 5 s and commits a branch found orphaned twice in a row
  private static final Duration SETTLED_WITHIN = Duration.ofSeconds(60);
  private static final Duration SEVERAL_SWEEPS = Duration.ofSeconds(35);

  private final PGXADataSource database = new PGXADataSource();
  private Xid othersBranch;
  private final UUID handledInTheBranch = UUID.randomUUID();

  OrphanedDatabaseBranchIT() {
    database.setServerNames(new String[] {setting("ORDERFLOW_DB_HOST", "127.0.0.1")});
    database.setPortNumbers(new int[] {Integer.parseInt(setting("ORDERFLOW_DB_PORT", "5432"))});
    database.setDatabaseName(setting("ORDERFLOW_DB_NAME", "orderflow"));
    database.setUser(setting("ORDERFLOW_DB_USER", "orderflow"));
    database.setPassword(setting("ORDERFLOW_DB_PASSWORD", "orderflow"));
  }

  @Test
  void an_orphaned_branch_of_this_server_is_committed_and_the_order_it_blocked_decided()
      throws Exception {
    Xid ours = TransactionBranches.named(TransactionBranches.thisServersPrefix() + ",orphan");
    othersBranch = TransactionBranches.named("another-host,server,P100,orphan");
    prepareHoldingStockRow(ours, LOCKED_SKU, handledInTheBranch);
    prepareHoldingStockRow(othersBranch, "LAMP-DESK", UUID.randomUUID());

    UUID orderId = UUID.randomUUID();
    api()
        .body(OrderFlowIT.orderJson(orderId, "blocked-by-a-branch", LOCKED_SKU, 1))
        .post("/orders")
        .then()
        .statusCode(202);

    await("the orphaned branch settled")
        .atMost(SETTLED_WITHIN)
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> !isPrepared(ours));
    assertThat(recordedAsProcessed(handledInTheBranch))
        .as("the message the branch recorded as processed, kept: the branch was committed")
        .isTrue();
    await("the order that waited for its stock row decided")
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Platform.number(
                        "select count(*) from views.order_summary where order_id = ?"
                            + " and status in ('FULFILLED', 'BACKORDERED')",
                        orderId)
                    == 1);

    Thread.sleep(SEVERAL_SWEEPS.toMillis());
    assertThat(isPrepared(othersBranch))
        .as("another transaction manager's branch, still prepared after several sweeps")
        .isTrue();
  }

  @AfterEach
  void settleTheOtherBranch() throws Exception {
    Platform.number(
        "with gone as (delete from fulfillment.processed_message where message_id = ?"
            + " returning 1) select count(*) from gone",
        handledInTheBranch);
    if (othersBranch != null) {
      XAConnection connection = database.getXAConnection();
      try {
        connection.getXAResource().rollback(othersBranch);
      } catch (XAException alreadyGone) {
        // the assertion above reports it
      } finally {
        connection.close();
      }
    }
  }

  /**
   * Locks the sku's stock row and records a message as processed, as a handler's transaction does,
   * prepares the branch, and goes away without a second phase.
   */
  private void prepareHoldingStockRow(Xid branch, String sku, UUID messageId) throws Exception {
    XAConnection connection = database.getXAConnection();
    try {
      XAResource xa = connection.getXAResource();
      xa.start(branch, XAResource.TMNOFLAGS);
      Connection sql = connection.getConnection();
      try (PreparedStatement lock =
          sql.prepareStatement("select on_hand from fulfillment.stock where sku = ? for update")) {
        lock.setString(1, sku);
        assertThat(lock.executeQuery().next()).as("the stock row of " + sku).isTrue();
      }
      try (PreparedStatement processed =
          sql.prepareStatement(
              "insert into fulfillment.processed_message (message_id, type, processed_at)"
                  + " values (?, 'test.orphaned-branch', now())")) {
        processed.setObject(1, messageId);
        assertThat(processed.executeUpdate()).isEqualTo(1);
      }
      xa.end(branch, XAResource.TMSUCCESS);
      assertThat(xa.prepare(branch)).isEqualTo(XAResource.XA_OK);
    } finally {
      connection.close();
    }
  }

  private static boolean recordedAsProcessed(UUID messageId) {
    return Platform.number(
            "select count(*) from fulfillment.processed_message where message_id = ?", messageId)
        == 1;
  }

  private boolean isPrepared(Xid branch) throws Exception {
    XAConnection connection = database.getXAConnection();
    try {
      List<Xid> prepared =
          Arrays.asList(
              connection.getXAResource().recover(XAResource.TMSTARTRSCAN | XAResource.TMENDRSCAN));
      return prepared.stream().anyMatch(branch::equals);
    } finally {
      connection.close();
    }
  }
}

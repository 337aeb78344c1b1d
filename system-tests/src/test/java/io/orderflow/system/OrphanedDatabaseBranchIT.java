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
 * it. One of this server's is rolled back while the server runs, so the order waiting for its stock
 * row is decided. Branches of another transaction manager are not ours to settle.
 */
class OrphanedDatabaseBranchIT {

  private static final String LOCKED_SKU = "MUG-ORANGE";
  // the adapter sweeps every 10 s and rolls back a branch found orphaned twice in a row
  private static final Duration SETTLED_WITHIN = Duration.ofSeconds(60);
  private static final Duration SEVERAL_SWEEPS = Duration.ofSeconds(35);

  private final PGXADataSource database = new PGXADataSource();
  private Xid othersBranch;

  OrphanedDatabaseBranchIT() {
    database.setServerNames(new String[] {setting("ORDERFLOW_DB_HOST", "127.0.0.1")});
    database.setPortNumbers(new int[] {Integer.parseInt(setting("ORDERFLOW_DB_PORT", "5432"))});
    database.setDatabaseName(setting("ORDERFLOW_DB_NAME", "orderflow"));
    database.setUser(setting("ORDERFLOW_DB_USER", "orderflow"));
    database.setPassword(setting("ORDERFLOW_DB_PASSWORD", "orderflow"));
  }

  @Test
  void an_orphaned_branch_of_this_server_is_rolled_back_and_the_order_it_blocked_decided()
      throws Exception {
    Xid ours = TransactionBranches.named(TransactionBranches.thisServersPrefix() + ",orphan");
    othersBranch = TransactionBranches.named("another-host,server,P100,orphan");
    prepareHoldingStockRow(ours, LOCKED_SKU);
    prepareHoldingStockRow(othersBranch, "LAMP-DESK");

    UUID orderId = UUID.randomUUID();
    api()
        .body(OrderFlowIT.orderJson(orderId, "blocked-by-a-branch", LOCKED_SKU, 1))
        .post("/orders")
        .then()
        .statusCode(202);

    await("the orphaned branch rolled back")
        .atMost(SETTLED_WITHIN)
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> !isPrepared(ours));
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

  /** Locks the sku's stock row in a branch, prepares it, and goes away without a second phase. */
  private void prepareHoldingStockRow(Xid branch, String sku) throws Exception {
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
      xa.end(branch, XAResource.TMSUCCESS);
      assertThat(xa.prepare(branch)).isEqualTo(XAResource.XA_OK);
    } finally {
      connection.close();
    }
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

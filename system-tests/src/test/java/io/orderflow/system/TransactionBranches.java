package io.orderflow.system;

import static io.orderflow.system.Platform.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import javax.transaction.xa.Xid;
import org.apache.activemq.artemis.core.transaction.impl.XidImpl;
import org.awaitility.Awaitility;

/**
 * XA branch ids as the server's transaction manager names them, for tests that fake its leftovers.
 */
final class TransactionBranches {

  private TransactionBranches() {}

  /**
   * The prefix of this server's branch qualifiers. Payara switches to JTS, whose name the sweeper
   * logs, once a transaction spans two resources: an order makes one.
   */
  static String thisServersPrefix() {
    api()
        .body(OrderFlowIT.orderJson(UUID.randomUUID(), "orphaned-branch", "MUG-ORANGE", 1))
        .post("/orders")
        .then()
        .statusCode(202);
    return Awaitility.await("the sweeper at work")
        .atMost(Duration.ofSeconds(60))
        .until(PlatformProcesses::transactionManagerName, Optional::isPresent)
        .orElseThrow();
  }

  /** A branch of a fresh global transaction, with the given qualifier. */
  static Xid named(String qualifier) {
    return new XidImpl(
        qualifier.getBytes(StandardCharsets.ISO_8859_1),
        0x4F46,
        UUID.randomUUID().toString().getBytes(StandardCharsets.ISO_8859_1));
  }
}

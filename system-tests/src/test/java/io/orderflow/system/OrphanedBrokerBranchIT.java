package io.orderflow.system;

import static io.orderflow.system.Platform.setting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.XAConnection;
import jakarta.jms.XASession;
import java.time.Duration;
import java.util.UUID;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import org.apache.activemq.artemis.jms.client.ActiveMQXAConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A broker transaction branch that stays prepared with no transaction behind it (what a broker
 * killed in the middle of a prepare leaves: the prepare is in its journal, the transaction manager
 * saw a failure and forgot the transaction) is rolled back while the server runs, so the message it
 * held is delivered again. Branches of another transaction manager are not ours to settle.
 */
class OrphanedBrokerBranchIT {

  private static final String QUEUE = "orderflow.test.orphaned-branches";
  // the adapter sweeps every 10 s and rolls back a branch found orphaned twice in a row
  private static final Duration SETTLED_WITHIN = Duration.ofSeconds(60);
  private static final Duration SEVERAL_SWEEPS = Duration.ofSeconds(35);

  private final ActiveMQXAConnectionFactory factory =
      new ActiveMQXAConnectionFactory(
          "tcp://"
              + setting("ORDERFLOW_BROKER_HOST", "127.0.0.1")
              + ":"
              + setting("ORDERFLOW_BROKER_PORT", "61616"),
          setting("ORDERFLOW_BROKER_USER", "orderflow"),
          setting("ORDERFLOW_BROKER_PASSWORD", "orderflow"));
  private Xid othersBranch;

  @Test
  void a_message_held_by_an_orphaned_branch_of_this_server_is_delivered_again() throws Exception {
    String ours = "ours-" + UUID.randomUUID();
    String theirs = "theirs-" + UUID.randomUUID();
    send(ours);
    send(theirs);

    holdInPreparedBranch(
        ours, TransactionBranches.named(TransactionBranches.thisServersPrefix() + ",orphan"));
    othersBranch = TransactionBranches.named("another-host,server,P100,orphan");
    holdInPreparedBranch(theirs, othersBranch);
    assertThat(receive(ours)).as("held by the prepared branch").isNull();

    await("the orphaned branch rolled back and its message delivered again")
        .atMost(SETTLED_WITHIN)
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> receive(ours) != null);

    Thread.sleep(SEVERAL_SWEEPS.toMillis());
    assertThat(Broker.preparedBranches())
        .as("another transaction manager's branch, still prepared after several sweeps")
        .contains(othersBranch);
  }

  @AfterEach
  void settleTheOtherBranch() throws Exception {
    if (othersBranch != null) {
      try (XAConnection connection = factory.createXAConnection();
          XASession session = connection.createXASession()) {
        session.getXAResource().rollback(othersBranch);
      } catch (XAException alreadyGone) {
        // the assertion above reports it
      }
      try (JMSContext jms = factory.createContext()) {
        jms.createConsumer(jms.createQueue(QUEUE)).receive(1_000);
      }
    }
  }

  private void send(String marker) {
    try (JMSContext jms = factory.createContext()) {
      jms.createProducer().setProperty("marker", marker).send(jms.createQueue(QUEUE), marker);
    }
  }

  private Message receive(String marker) {
    try (JMSContext jms = factory.createContext();
        JMSConsumer consumer =
            jms.createConsumer(jms.createQueue(QUEUE), "marker = '" + marker + "'")) {
      return consumer.receive(500);
    }
  }

  /** Receives the message in a branch, prepares it, and goes away without a second phase. */
  private void holdInPreparedBranch(String marker, Xid branch) throws Exception {
    try (XAConnection connection = factory.createXAConnection();
        XASession session = connection.createXASession()) {
      connection.start();
      Queue queue = session.createQueue(QUEUE);
      XAResource broker = session.getXAResource();
      broker.start(branch, XAResource.TMNOFLAGS);
      try (MessageConsumer consumer = session.createConsumer(queue, "marker = '" + marker + "'")) {
        assertThat(consumer.receive(5_000)).as("the message to hold").isNotNull();
      }
      broker.end(branch, XAResource.TMSUCCESS);
      assertThat(broker.prepare(branch)).isEqualTo(XAResource.XA_OK);
    }
  }
}

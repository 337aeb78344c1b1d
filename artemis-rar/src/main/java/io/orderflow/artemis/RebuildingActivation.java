package io.orderflow.artemis;

import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.FailoverEventType;
import org.apache.activemq.artemis.ra.ActiveMQResourceAdapter;
import org.apache.activemq.artemis.ra.inflow.ActiveMQActivation;
import org.apache.activemq.artemis.ra.inflow.ActiveMQActivationSpec;

/**
 * A message-driven bean's consumers, torn down and set up again (every {@code setupInterval}, for
 * {@code setupAttempts}, as the stock adapter does after a failed delivery) as soon as the
 * connection of any of them is lost for good.
 *
 * <p>Only a lost connection of the consumers set up last rebuilds them. The stock adapter also
 * rebuilds when any handler fails to reset its session after a failed delivery, and that includes
 * the handlers of an earlier set-up: a teardown gives a delivery in progress the call timeout (30
 * s) to finish, then releases its bean; a delivery that was waiting longer (on row locks held by a
 * transaction the broker crash left behind) then fails with its bean gone, and would tear down the
 * healthy consumers that replaced it. Seen after a broker kill: every 30 s one such late delivery
 * rebuilt the consumers again, whose own deliveries then waited on the next lock, and the topic
 * stopped draining.
 */
class RebuildingActivation extends ActiveMQActivation {

  private static final Logger LOG = Logger.getLogger(RebuildingActivation.class.getName());

  // The connections of the consumers set up last; a failure reported by an older one, already torn
  // down, must not start another rebuild.
  private final Set<ClientSessionFactory> current = ConcurrentHashMap.newKeySet();
  private final Set<ClientSession> currentSessions = ConcurrentHashMap.newKeySet();

  RebuildingActivation(
      ActiveMQResourceAdapter adapter,
      MessageEndpointFactory endpointFactory,
      ActiveMQActivationSpec spec)
      throws jakarta.resource.ResourceException {
    super(adapter, endpointFactory, spec);
  }

  @Override
  protected synchronized void setup() throws Exception {
    current.clear();
    currentSessions.clear();
    super.setup();
    // A connection lost during set-up reported it before its listener was there, or while the
    // adapter was still in its reconnect loop, which ignores a second request: fail this set-up
    // instead, so that the loop tears down and tries again.
    if (current.stream().anyMatch(RebuildingActivation::lost)) {
      throw new IllegalStateException("lost the broker connection while setting up consumers");
    }
  }

  @Override
  public void startReconnectThread(String cause) {
    if (!current.isEmpty()
        && current.stream().noneMatch(RebuildingActivation::lost)
        && currentSessions.stream().noneMatch(ClientSession::isClosed)) {
      LOG.info(
          () ->
              "not rebuilding the consumers of "
                  + getActivationSpec().getDestination()
                  + " for '"
                  + cause
                  + "': their sessions and connections are alive (a handler of an earlier set-up"
                  + " failed)");
      return;
    }
    super.startReconnectThread(cause);
  }

  private static boolean lost(ClientSessionFactory connection) {
    return connection.isClosed()
        || connection.getConnection() == null
        || connection.getConnection().isDestroyed();
  }

  @Override
  protected ClientSession setupSession(ClientSessionFactory connection) throws Exception {
    ClientSession session = super.setupSession(connection);
    currentSessions.add(session);
    if (current.add(connection)) {
      connection.addFailoverListener(
          event -> {
            if (event == FailoverEventType.FAILOVER_FAILED && current.remove(connection)) {
              LOG.warning(
                  () ->
                      "lost the broker connection of "
                          + getActivationSpec().getDestination()
                          + "; rebuilding its consumers");
              RebuildingActivation.super.startReconnectThread("broker connection lost");
            }
          });
    }
    return session;
  }
}

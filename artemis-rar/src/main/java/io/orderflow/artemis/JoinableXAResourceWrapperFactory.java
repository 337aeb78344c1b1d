package io.orderflow.artemis;

import java.util.Map;
import javax.transaction.xa.XAResource;
import org.apache.activemq.artemis.core.client.impl.ActiveMQXAResource;
import org.apache.activemq.artemis.service.extensions.xa.ActiveMQXAResourceWrapper;
import org.apache.activemq.artemis.service.extensions.xa.ActiveMQXAResourceWrapperFactory;
import org.apache.activemq.artemis.service.extensions.xa.ActiveMQXAResourceWrapperImpl;

/**
 * Wraps the adapter's XA resources as the stock factory does, in a wrapper that lets Artemis see
 * the session inside, so that a message-driven bean's session and the pooled session it sends
 * through are one resource manager to the transaction manager.
 *
 * <p>Why: Artemis answers {@code isSameRM} by unwrapping the other resource only when it is an
 * {@link ActiveMQXAResource}, which the stock wrapper is not. JTS then put the acknowledgement and
 * the sends in two XA branches, settled apart: a broker killed between their commits lost the sends
 * while the acknowledgement committed (fault suite, 2026-11-28), and no redelivery ever told the
 * inbox to publish them again. As one resource manager the sends join the acknowledgement's branch.
 * Artemis also compares the node ids the two clients learned from the broker's topology, which a
 * standalone broker announces only with a cluster connection ({@code broker.xml}).
 *
 * <p>Loaded by {@code ServiceUtils} through {@code META-INF/services}.
 */
public final class JoinableXAResourceWrapperFactory implements ActiveMQXAResourceWrapperFactory {

  @Override
  public ActiveMQXAResourceWrapper wrap(XAResource xaResource, Map<String, Object> properties) {
    return new JoinableXAResourceWrapper(xaResource, properties);
  }

  /** The stock wrapper, which already exposes what it wraps, declared as an Artemis XA resource. */
  static final class JoinableXAResourceWrapper extends ActiveMQXAResourceWrapperImpl
      implements ActiveMQXAResource {

    JoinableXAResourceWrapper(XAResource xaResource, Map<String, Object> properties) {
      super(xaResource, properties);
    }
  }
}

package io.orderflow.artemis;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.activemq.artemis.ra.ActiveMQResourceAdapter;
import org.apache.activemq.artemis.ra.inflow.ActiveMQActivation;
import org.apache.activemq.artemis.ra.inflow.ActiveMQActivationSpec;

/**
 * The Artemis resource adapter, with message-driven beans whose consumers are rebuilt from scratch
 * after the broker connection is lost, instead of failed over in place.
 *
 * <p>Why: with {@code ReconnectAttempts=-1} the client reattaches every XA session to the restarted
 * broker. Under load the fault suite showed that path leaving consumers that hold hundreds of
 * deliveries and never hand them to the bean, acknowledgements for deliveries the new broker never
 * made (AMQ229027), and blocking calls answered on no channel (AMQ219014 after 30 s, which fails
 * the connection again). With {@code ReconnectAttempts=0} (ra.xml) a lost connection is final: its
 * sessions are closed, every transaction on them rolls back, and the broker redelivers. The stock
 * adapter then leaves idle activations with no consumer at all (it only rebuilds an activation when
 * a delivery in progress fails), so {@link RebuildingActivation} rebuilds on the failure itself.
 * Outbound connections need nothing extra: the pooled connection reports the failure and Payara
 * discards it.
 */
public class RebuildingResourceAdapter extends ActiveMQResourceAdapter {

  private static final long serialVersionUID = 1L;

  // The base class keeps its activations in a private map; these are ours, kept the same way.
  private final Map<ActivationSpec, ActiveMQActivation> activations =
      Collections.synchronizedMap(new IdentityHashMap<>());

  @Override
  public void endpointActivation(MessageEndpointFactory endpointFactory, ActivationSpec spec)
      throws ResourceException {
    if (spec == null) {
      throw new ResourceException("no activation spec");
    }
    ActiveMQActivation activation =
        new RebuildingActivation(this, endpointFactory, (ActiveMQActivationSpec) spec);
    activations.put(spec, activation);
    activation.start();
  }

  @Override
  public void endpointDeactivation(MessageEndpointFactory endpointFactory, ActivationSpec spec) {
    ActiveMQActivation activation = activations.remove(spec);
    if (activation != null) {
      activation.stop();
    }
  }

  @Override
  public void stop() {
    List<ActiveMQActivation> running;
    synchronized (activations) {
      running = new ArrayList<>(activations.values());
      activations.clear();
    }
    running.forEach(ActiveMQActivation::stop);
    super.stop();
  }
}

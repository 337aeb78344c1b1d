package io.orderflow.artemis;

import io.orderflow.artemis.OrphanedBranchSweeper.WhenUnknown;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.transaction.xa.XAResource;
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
 *
 * <p>It also runs an {@link OrphanedBranchSweeper} every {@value #SWEEP_SECONDS} s for the broker,
 * and one for the database named by {@code InDoubtDataSource}: a crash in the middle of a
 * transaction leaves branches that Payara would otherwise settle only at its next start.
 */
public class RebuildingResourceAdapter extends ActiveMQResourceAdapter {

  private static final long serialVersionUID = 1L;

  // The base class keeps its activations in a private map; these are ours, kept the same way.
  private final Map<ActivationSpec, ActiveMQActivation> activations =
      Collections.synchronizedMap(new IdentityHashMap<>());

  /** Short: a branch JTS decided to commit waits for the next sweep, and a server kill loses it. */
  static final int SWEEP_SECONDS = 5;

  /** The first sweep waits for the server's start. */
  static final int FIRST_SWEEP_SECONDS = 30;

  private transient ScheduledExecutorService sweeps;

  /** JNDI name of a data source of the database whose prepared branches are swept too. */
  private String inDoubtDataSource;

  public String getInDoubtDataSource() {
    return inDoubtDataSource;
  }

  public void setInDoubtDataSource(String inDoubtDataSource) {
    this.inDoubtDataSource = inDoubtDataSource;
  }

  @Override
  public void start(BootstrapContext context) throws ResourceAdapterInternalException {
    super.start(context);
    sweeps =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "orderflow-orphaned-branch-sweeper");
              thread.setDaemon(true);
              return thread;
            });
    sweeps.scheduleWithFixedDelay(
        new OrphanedBranchSweeper(
            "broker", () -> new BrokerPreparedBranches(this), WhenUnknown.ROLL_BACK),
        FIRST_SWEEP_SECONDS,
        SWEEP_SECONDS,
        TimeUnit.SECONDS);
    if (inDoubtDataSource != null && !inDoubtDataSource.isBlank()) {
      sweeps.scheduleWithFixedDelay(
          new OrphanedBranchSweeper(
              "database",
              () -> new DatabasePreparedBranches(inDoubtDataSource),
              WhenUnknown.COMMIT),
          FIRST_SWEEP_SECONDS,
          SWEEP_SECONDS,
          TimeUnit.SECONDS);
    }
  }

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
  public XAResource[] getXAResources(ActivationSpec[] specs) throws ResourceException {
    if (isUseAutoRecovery()) {
      return super.getXAResources(specs);
    }
    List<XAResource> resources = new ArrayList<>();
    for (ActivationSpec spec : specs) {
      ActiveMQActivation activation = activations.get(spec);
      if (activation != null) {
        resources.addAll(activation.getXAResources());
      }
    }
    return resources.toArray(XAResource[]::new);
  }

  @Override
  public void stop() {
    if (sweeps != null) {
      sweeps.shutdownNow();
    }
    List<ActiveMQActivation> running;
    synchronized (activations) {
      running = new ArrayList<>(activations.values());
      activations.clear();
    }
    running.forEach(ActiveMQActivation::stop);
    super.stop();
  }
}

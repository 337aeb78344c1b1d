package io.orderflow.web.admission;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Admission control for commands: under overload the front end refuses new commands rather than let
 * the broker build a backlog without bound, which would only make every accepted order wait longer.
 * The backlog is sampled by {@link BrokerBacklog}; asking here reads the last sample, so it costs a
 * request nothing. Reads and portal pages are never refused.
 *
 * <p>Configured by {@code ORDERFLOW_ADMISSION_MAX_BACKLOG} (messages; 0 or less: off) and {@code
 * ORDERFLOW_ADMISSION_RETRY_AFTER_SECONDS} (the wait a refused client is told). Operators see the
 * backlog, the bound and the refusals as metrics under /metrics.
 */
@ApplicationScoped
public class Admission {

  private static final Logger LOG = Logger.getLogger(Admission.class.getName());

  /** Ten sampling intervals: a sampler that has stopped answering must not keep refusing. */
  static final Duration SAMPLE_LIFETIME = BrokerBacklog.INTERVAL.multipliedBy(10);

  @Inject
  @ConfigProperty(name = "orderflow.admission.max-backlog", defaultValue = "20000")
  long maxBacklog;

  @Inject
  @ConfigProperty(name = "orderflow.admission.retry-after-seconds", defaultValue = "1")
  int retryAfterSeconds;

  @Inject MetricRegistry metrics;

  private AdmissionRule rule;
  private volatile BacklogSample last;
  private boolean refusing; // touched only by the sampling thread
  private Counter refusals;

  @PostConstruct
  void start() {
    rule = new AdmissionRule(maxBacklog, SAMPLE_LIFETIME);
    retryAfterSeconds = Math.max(1, retryAfterSeconds);
    metrics.gauge(
        Metadata.builder()
            .withName("orderflow.admission.backlog")
            .withDescription(
                "Messages waiting for a service in the last sample (-1: the broker could not be"
                    + " asked)")
            .build(),
        this,
        admission -> admission.last == null ? -1 : admission.last.messages());
    metrics.gauge(
        Metadata.builder()
            .withName("orderflow.admission.max-backlog")
            .withDescription("Commands are refused while more messages than this wait (0: off)")
            .build(),
        this,
        admission -> admission.rule.maxBacklog());
    refusals =
        metrics.counter(
            Metadata.builder()
                .withName("orderflow.admission.refusals")
                .withDescription("Commands refused because the backlog was over the bound")
                .build());
    LOG.info(
        () ->
            rule.enabled()
                ? "admission control: commands are refused while more than "
                    + maxBacklog
                    + " messages wait (Retry-After: "
                    + retryAfterSeconds
                    + " s)"
                : "admission control is off (orderflow.admission.max-backlog <= 0)");
  }

  /** Keeps the newest sample, and says in the log when refusing starts and stops. */
  void sampled(@Observes BacklogSample sample) {
    last = sample;
    boolean admits = rule.admits(sample, sample.takenAt());
    if (admits == refusing) {
      refusing = !admits;
      if (refusing) {
        LOG.warning(
            () ->
                "admission control: refusing commands, "
                    + sample.messages()
                    + " messages wait (bound "
                    + maxBacklog
                    + "), most in "
                    + sample.deepestQueue());
      } else {
        LOG.info(() -> "admission control: accepting commands again, " + describe(sample));
      }
    }
  }

  /** Whether a command may be sent now; a refusal is counted. */
  public boolean admitsCommand() {
    if (rule.admits(last, Instant.now())) {
      return true;
    }
    refusals.inc();
    return false;
  }

  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  public long maxBacklog() {
    return rule.maxBacklog();
  }

  /** The messages waiting in the last sample, or -1 if unknown. */
  public long backlog() {
    BacklogSample sample = last;
    return sample == null ? -1 : sample.messages();
  }

  private static String describe(BacklogSample sample) {
    return sample.known() ? sample.messages() + " messages wait" : "the backlog is unknown";
  }
}

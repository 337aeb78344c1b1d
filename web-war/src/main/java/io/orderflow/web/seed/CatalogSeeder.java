package io.orderflow.web.seed;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the bundled catalog and its initial stock into the platform at start, through commands
 * like any other change (set {@code ORDERFLOW_SEED_CATALOG=false} to skip). A broker that is down
 * does not fail the deployment: seeding is tried again a few times, then left to the next start.
 *
 * <p>Attempts run as EJB timeouts rather than on a managed executor: a timeout has the request
 * scope active, which the message sender needs, and ends with the application on undeploy.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogSeeder {

  private static final Logger LOG = Logger.getLogger(CatalogSeeder.class.getName());

  static final int ATTEMPTS = 6;
  static final long FIRST_DELAY_SECONDS = 2;
  static final long RETRY_DELAY_SECONDS = 10;

  @Inject
  @ConfigProperty(name = "orderflow.seed-catalog", defaultValue = "true")
  boolean enabled;

  @Resource TimerService timers;

  @Inject SeedCommands seedCommands;

  private List<SeedProduct> catalog;

  /** Only schedules: the first attempt runs after deployment, so it never delays or fails it. */
  @PostConstruct
  void start() {
    if (!enabled) {
      LOG.info("orderflow.seed-catalog is false: the catalog is not seeded");
      return;
    }
    catalog = SeedCatalog.bundled();
    schedule(1, FIRST_DELAY_SECONDS);
  }

  /** Outside any transaction, so that scheduling the next attempt does not roll back with this. */
  @Timeout
  void seed(Timer timer) {
    int attempt = (Integer) timer.getInfo();
    try {
      seedCommands.sendAll(catalog);
      LOG.info(() -> "seed catalog sent: " + catalog.size() + " products");
    } catch (RuntimeException e) {
      if (attempt < ATTEMPTS) {
        LOG.warning(
            () ->
                "seeding the catalog failed (attempt "
                    + attempt
                    + " of "
                    + ATTEMPTS
                    + "), trying again in "
                    + RETRY_DELAY_SECONDS
                    + " s: "
                    + e);
        schedule(attempt + 1, RETRY_DELAY_SECONDS);
      } else {
        LOG.log(
            Level.SEVERE, "seeding the catalog failed " + ATTEMPTS + " times; restart to retry", e);
      }
    }
  }

  /** Non-persistent: a timer left over from an earlier run must not seed again on its own. */
  private void schedule(int attempt, long delaySeconds) {
    timers.createSingleActionTimer(
        TimeUnit.SECONDS.toMillis(delaySeconds), new TimerConfig(attempt, false));
  }
}

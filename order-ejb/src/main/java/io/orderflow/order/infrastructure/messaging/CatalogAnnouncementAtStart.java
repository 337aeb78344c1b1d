package io.orderflow.order.infrastructure.messaging;

import io.orderflow.order.application.CatalogAnnouncement;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Announces the catalog each time the order service starts, so that every service keeping a list of
 * registered products catches up after an upgrade or a lost subscription. A broker that is down
 * does not fail the deployment: the announcement is tried again every few seconds for a while.
 *
 * <p>Attempts run as EJB timeouts: a timeout has the request scope active, which the message sender
 * needs, and ends with the application on undeploy. Each runs outside a transaction, so that the
 * announcement is sent when the attempt returns and scheduling the next one never rolls back.
 */
@Startup
@Singleton
@DependsOn("OrderSchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogAnnouncementAtStart {

  private static final Logger LOG = Logger.getLogger(CatalogAnnouncementAtStart.class.getName());

  static final int ATTEMPTS = 30;
  static final long FIRST_DELAY_SECONDS = 1;
  static final long RETRY_DELAY_SECONDS = 10;

  @Resource TimerService timers;

  @Inject CatalogAnnouncement announcement;

  /** Only schedules: the first attempt runs after deployment, so it never delays or fails it. */
  @PostConstruct
  void start() {
    schedule(1, FIRST_DELAY_SECONDS);
  }

  @Timeout
  void announce(Timer timer) {
    int attempt = (Integer) timer.getInfo();
    try {
      int skus = announcement.publish();
      LOG.info(() -> "catalog announced: " + skus + " skus");
    } catch (RuntimeException e) {
      if (attempt < ATTEMPTS) {
        LOG.warning(
            () ->
                "announcing the catalog failed (attempt "
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
            Level.SEVERE,
            "announcing the catalog failed "
                + ATTEMPTS
                + " times; restart to retry. Until it is announced, a service may refuse"
                + " restocks of products registered before it learned the catalog",
            e);
      }
    }
  }

  /** Non-persistent: a timer left over from an earlier run must not announce on its own. */
  private void schedule(int attempt, long delaySeconds) {
    timers.createSingleActionTimer(
        TimeUnit.SECONDS.toMillis(delaySeconds), new TimerConfig(attempt, false));
  }
}

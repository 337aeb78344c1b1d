package io.orderflow.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The front end can answer reads only while the views database answers. */
@Readiness
@ApplicationScoped
public class ViewsReadiness implements HealthCheck {

  private static final int TIMEOUT_SECONDS = 2;
  private static final Logger LOG = Logger.getLogger(ViewsReadiness.class.getName());

  @Resource(lookup = "jdbc/views-read")
  DataSource views;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = views.getConnection()) {
      return HealthCheckResponse.named("views-database")
          .status(connection.isValid(TIMEOUT_SECONDS))
          .build();
    } catch (SQLException e) {
      // the health endpoint is open to anyone: it says down, never why (the server log does)
      LOG.log(Level.WARNING, "The views database does not answer", e);
      return HealthCheckResponse.named("views-database").down().build();
    }
  }
}

package io.orderflow.web.access.application;

import io.orderflow.web.access.domain.PasswordPolicy;
import io.orderflow.web.access.domain.Role;
import io.orderflow.web.security.Profile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The accounts a fresh platform needs. In profile {@code dev}: the demo users of the file {@code
 * ./orderflow} wrote ({@code ORDERFLOW_DEV_CREDENTIALS}, lines {@code ROLE: USER / PASSWORD}), the
 * integrator bound to the two demo customers. In profile {@code prod}: the first admin, from {@code
 * ORDERFLOW_BOOTSTRAP_ADMIN_USER} and its password (a Payara password alias, or the variable), only
 * while no admin exists. Never logs a password.
 */
@ApplicationScoped
public class AccountsAtStart {

  /** The customers the demo integrator acts for. */
  public static final Set<String> DEMO_CUSTOMERS = Set.of("c-1", "c-2");

  static final String SYSTEM = "system";
  private static final Logger LOG = Logger.getLogger(AccountsAtStart.class.getName());

  @Inject AccountAdministration administration;
  @Inject Config config;

  public void prepare() {
    if (Profile.current() == Profile.DEV) {
      seedDemoUsers();
    } else if (!administration.anyEnabledAdmin()) {
      bootstrapAdmin();
    }
  }

  private void seedDemoUsers() {
    Optional<String> file = config.getOptionalValue("orderflow.dev.credentials", String.class);
    if (file.isEmpty()) {
      LOG.warning("Profile dev without ORDERFLOW_DEV_CREDENTIALS: no demo users are seeded");
      return;
    }
    for (DemoUser user : DemoUser.readAll(Path.of(file.get()))) {
      administration.ensure(
          SYSTEM,
          user.name(),
          user.role(),
          user.role() == Role.INTEGRATOR ? DEMO_CUSTOMERS : Set.of(),
          user.password());
    }
    LOG.info("Profile dev: demo users seeded from " + file.get());
  }

  private void bootstrapAdmin() {
    Optional<String> user = config.getOptionalValue("orderflow.bootstrap.admin-user", String.class);
    Optional<String> password =
        config
            .getOptionalValue("orderflow-bootstrap-admin-password", String.class)
            .or(() -> config.getOptionalValue("orderflow.bootstrap.admin-password", String.class));
    Optional<String> weakness = PasswordPolicy.weakness(password.orElse(null));
    if (user.isEmpty() || weakness.isPresent()) {
      LOG.severe(
          "No admin account exists and none is created: set ORDERFLOW_BOOTSTRAP_ADMIN_USER and"
              + " ORDERFLOW_BOOTSTRAP_ADMIN_PASSWORD ("
              + (user.isEmpty()
                  ? "the user is not set"
                  : "the password is refused: " + weakness.get())
              + ")");
      return;
    }
    administration.ensure(SYSTEM, user.get(), Role.ADMIN, Set.of(), password.get());
    LOG.info("Profile prod: first admin " + user.get() + " created");
  }

  /** One line of the dev credentials file. */
  record DemoUser(Role role, String name, String password) {

    static List<DemoUser> readAll(Path file) {
      try {
        return Files.readAllLines(file).stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .map(DemoUser::parse)
            .toList();
      } catch (IOException e) {
        throw new IllegalStateException("cannot read the dev credentials " + file, e);
      }
    }

    /** {@code ROLE: USER / PASSWORD}, e.g. {@code staff: staff / 3xK...}. */
    static DemoUser parse(String line) {
      int colon = line.indexOf(':');
      int slash = line.indexOf(" / ", colon);
      if (colon < 0 || slash < 0) {
        throw new IllegalStateException("a dev credentials line is ROLE: USER / PASSWORD");
      }
      Role role =
          Role.named(line.substring(0, colon).strip())
              .orElseThrow(() -> new IllegalStateException("unknown role in dev credentials"));
      return new DemoUser(
          role, line.substring(colon + 1, slash).strip(), line.substring(slash + 3).strip());
    }
  }
}

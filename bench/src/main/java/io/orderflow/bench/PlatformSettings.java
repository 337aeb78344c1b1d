package io.orderflow.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Where the running platform is: the same environment variables and defaults as {@code ./orderflow}
 * reads, so the bench finds the platform that {@code ./orderflow start} started.
 */
final class PlatformSettings {

  private PlatformSettings() {}

  static URI baseUrl() {
    String base = setting("ORDERFLOW_PORT_BASE", "");
    String port =
        base.isEmpty()
            ? setting("ORDERFLOW_HTTP_PORT", "8080")
            : String.valueOf(Integer.parseInt(base) + 80);
    return URI.create("http://127.0.0.1:" + port);
  }

  /**
   * Who the bench is: {@code ORDERFLOW_BENCH_USER} and {@code ORDERFLOW_BENCH_PASSWORD}, else the
   * dev staff user of {@code var/dev-credentials}.
   */
  static DevCredentials.Credential caller() {
    String user = setting("ORDERFLOW_BENCH_USER", "");
    return user.isEmpty()
        ? DevCredentials.of("staff")
        : new DevCredentials.Credential(user, setting("ORDERFLOW_BENCH_PASSWORD", ""));
  }

  static String databaseUrl() {
    return "jdbc:postgresql://"
        + setting("ORDERFLOW_DB_HOST", "127.0.0.1")
        + ":"
        + setting("ORDERFLOW_DB_PORT", "5432")
        + "/"
        + setting("ORDERFLOW_DB_NAME", "orderflow");
  }

  /** The application role, which may read every schema. */
  static Connection openDatabase() throws SQLException {
    Connection connection =
        DriverManager.getConnection(
            databaseUrl(),
            setting("ORDERFLOW_DB_USER", "orderflow"),
            setting("ORDERFLOW_DB_PASSWORD", "orderflow"));
    connection.setReadOnly(true);
    return connection;
  }

  private static String setting(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}

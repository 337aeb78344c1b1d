package io.orderflow.system;

import io.orderflow.bench.DevCredentials;
import io.orderflow.bench.DevCredentials.Credential;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The platform as a user reaches it: the HTTP API, and, for checks no API exposes, the database
 * each service owns (read-only here).
 */
final class Platform {

  /** The same settings as ./orderflow reads, so the tests find the platform it started. */
  static final String BASE_URL = "http://localhost:" + httpPort();

  static final String HTTPS_URL = "https://localhost:" + httpsPort();

  /** The platform's database, as ./orderflow names it. */
  static final String DB_URL =
      "jdbc:postgresql://"
          + setting("ORDERFLOW_DB_HOST", "127.0.0.1")
          + ":"
          + setting("ORDERFLOW_DB_PORT", "5432")
          + "/"
          + setting("ORDERFLOW_DB_NAME", "orderflow");

  private static final String DB_USER = setting("ORDERFLOW_DB_USER", "orderflow");
  private static final String DB_PASSWORD = setting("ORDERFLOW_DB_PASSWORD", "orderflow");

  private Platform() {}

  private static String httpPort() {
    String base = System.getenv("ORDERFLOW_PORT_BASE");
    return base == null || base.isBlank()
        ? setting("ORDERFLOW_HTTP_PORT", "8080")
        : String.valueOf(Integer.parseInt(base) + 80);
  }

  private static String httpsPort() {
    String base = System.getenv("ORDERFLOW_PORT_BASE");
    return base == null || base.isBlank()
        ? setting("ORDERFLOW_HTTPS_PORT", "8181")
        : String.valueOf(Integer.parseInt(base) + 81);
  }

  static String setting(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** The API as the dev staff user, who places orders and restocks for any customer. */
  static RequestSpecification api() {
    return api(user("staff"));
  }

  /** The API as this caller, with HTTP Basic sent up front. */
  static RequestSpecification api(Credential caller) {
    return anonymousApi().auth().preemptive().basic(caller.user(), caller.password());
  }

  static RequestSpecification anonymousApi() {
    return RestAssured.given().baseUri(BASE_URL).basePath("/api").contentType(ContentType.JSON);
  }

  /** The dev demo user of a role (staff, admin, integrator), as ./orderflow start wrote it. */
  static Credential user(String role) {
    return DevCredentials.of(role);
  }

  /** The value of one of the application's metrics, as /metrics shows it to operators. */
  static double metric(String name) {
    Credential admin = user("admin");
    String text =
        RestAssured.given()
            .baseUri(HTTPS_URL)
            .relaxedHTTPSValidation()
            .auth()
            .preemptive()
            .basic(admin.user(), admin.password())
            .queryParam("scope", "application")
            .get("/metrics")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    return text.lines()
        .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
        .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no metric " + name + " in /metrics"));
  }

  /** One number from the database, e.g. a count. */
  static long number(String sql, Object... parameters) {
    List<Object> row = firstRow(sql, parameters);
    return row.get(0) == null ? 0 : ((Number) row.get(0)).longValue();
  }

  static List<Object> firstRow(String sql, Object... parameters) {
    return rows(sql, parameters).get(0);
  }

  static List<List<Object>> rows(String sql, Object... parameters) {
    try (Connection db = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
        PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        List<List<Object>> result = new ArrayList<>();
        while (rows.next()) {
          List<Object> values = new ArrayList<>();
          for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
            values.add(rows.getObject(c));
          }
          result.add(values);
        }
        return result;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("query failed: " + sql, e);
    }
  }
}

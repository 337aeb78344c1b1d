package io.orderflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Profile prod as an admin starts it with {@code ./orderflow start}: refused with default
 * passwords, and with good ones a platform that speaks HTTPS, sends HSTS and Secure cookies, sends
 * plain HTTP to HTTPS, and keeps its secrets out of its logs. A platform of its own beside the one
 * the other tests use: its own var/ (under target/), ports, broker, database and role.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProdProfileIT {

  private static final Path VAR = Path.of("target", "prod-var").toAbsolutePath();
  private static final int PORT_BASE =
      Integer.parseInt(Platform.setting("ORDERFLOW_PORT_BASE", "8000")) + 300;
  private static final Map<String, String> SECRETS =
      Map.of(
          "ORDERFLOW_DB_PASSWORD", "db-" + secret(),
          "ORDERFLOW_DB_MIGRATION_PASSWORD", "db-migration-" + secret(),
          "ORDERFLOW_BROKER_PASSWORD", "broker-" + secret(),
          "ORDERFLOW_PAYARA_ADMIN_PASSWORD", "payara-" + secret(),
          "ORDERFLOW_BOOTSTRAP_ADMIN_PASSWORD", "first-admin-" + secret());

  /** A fresh start, as on a new machine: no var/ and no database left by an earlier run. */
  @BeforeAll
  static void nothingLeftFromAnEarlierRun() throws Exception {
    orderflow(prodEnvironment(), "stop");
    deleteRecursively(VAR);
    String admin = Platform.setting("ORDERFLOW_DB_ADMIN_USER", "postgres");
    try (Connection db =
            DriverManager.getConnection(
                "jdbc:postgresql://"
                    + Platform.setting("ORDERFLOW_DB_HOST", "127.0.0.1")
                    + ":"
                    + Platform.setting("ORDERFLOW_DB_PORT", "5432")
                    + "/postgres",
                admin,
                Platform.setting("ORDERFLOW_DB_ADMIN_PASSWORD", ""));
        Statement statement = db.createStatement()) {
      statement.execute(
          "drop database if exists \""
              + prodEnvironment().get("ORDERFLOW_DB_NAME")
              + "\" with (force)");
    }
  }

  @Test
  @Order(1)
  void refuses_to_start_with_default_passwords_and_says_which() throws Exception {
    Map<String, String> defaults = new HashMap<>(prodEnvironment());
    defaults.put("ORDERFLOW_DB_PASSWORD", "orderflow");
    defaults.put("ORDERFLOW_DB_MIGRATION_PASSWORD", "orderflow");
    defaults.put("ORDERFLOW_BROKER_PASSWORD", "orderflow");
    defaults.put("ORDERFLOW_PAYARA_ADMIN_PASSWORD", "");
    defaults.put("ORDERFLOW_BOOTSTRAP_ADMIN_PASSWORD", "admin");

    Result start = orderflow(defaults, "start");

    assertThat(start.exitCode()).as(start.output()).isNotZero();
    assertThat(start.output())
        .contains("ORDERFLOW_DB_PASSWORD is refused: it is a known default")
        .contains("ORDERFLOW_DB_MIGRATION_PASSWORD is refused: it is a known default")
        .contains("ORDERFLOW_BROKER_PASSWORD is refused: it is a known default")
        .contains("ORDERFLOW_PAYARA_ADMIN_PASSWORD is refused: it is not set")
        .contains("ORDERFLOW_BOOTSTRAP_ADMIN_PASSWORD is refused: it is a known default");
    assertThat(VAR.resolve("domains")).as("nothing was started").doesNotExist();
  }

  @Test
  @Order(1)
  void refuses_the_runtime_roles_password_for_the_schema_owners() throws Exception {
    Map<String, String> same = new HashMap<>(prodEnvironment());
    same.put("ORDERFLOW_DB_MIGRATION_PASSWORD", SECRETS.get("ORDERFLOW_DB_PASSWORD"));

    Result start = orderflow(same, "start");

    assertThat(start.exitCode()).as(start.output()).isNotZero();
    assertThat(start.output())
        .contains(
            "ORDERFLOW_DB_MIGRATION_PASSWORD is refused: it is the same as ORDERFLOW_DB_PASSWORD")
        .doesNotContain(SECRETS.get("ORDERFLOW_DB_PASSWORD"));
    assertThat(VAR.resolve("domains")).as("nothing was started").doesNotExist();
  }

  @Test
  @Order(2)
  void starts_with_https_hsts_and_secure_cookies_and_keeps_secrets_out_of_its_logs()
      throws Exception {
    Result start = orderflow(prodEnvironment(), "start");
    assertThat(start.exitCode()).as(start.output()).isZero();
    String https = "https://localhost:" + (PORT_BASE + 81);

    Response login = RestAssured.given().relaxedHTTPSValidation().get(https + "/login.xhtml");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.getHeader("Strict-Transport-Security")).startsWith("max-age=");
    assertThat(login.getHeader("Set-Cookie")).contains("Secure").contains("HttpOnly");

    Response plain =
        RestAssured.given()
            .redirects()
            .follow(false)
            .get("http://localhost:" + (PORT_BASE + 80) + "/login.xhtml");
    assertThat(plain.statusCode()).isEqualTo(308);
    assertThat(plain.getHeader("Location")).startsWith("https://");

    RestAssured.given()
        .relaxedHTTPSValidation()
        .auth()
        .preemptive()
        .basic("first-admin", SECRETS.get("ORDERFLOW_BOOTSTRAP_ADMIN_PASSWORD"))
        .get(https + "/api/me")
        .then()
        .statusCode(200);
    RestAssured.given()
        .relaxedHTTPSValidation()
        .auth()
        .preemptive()
        .basic("admin", "admin")
        .get(https + "/api/me")
        .then()
        .statusCode(401);

    assertThat(filesHoldingASecret(List.of(VAR.resolve("logs"), VAR.resolve("domains"))))
        .as("files under the prod var/ holding a secret")
        .isEmpty();
  }

  @AfterAll
  static void stop() throws Exception {
    orderflow(prodEnvironment(), "stop");
  }

  private static Map<String, String> prodEnvironment() {
    Map<String, String> environment = new HashMap<>(SECRETS);
    environment.put("ORDERFLOW_PROFILE", "prod");
    environment.put("ORDERFLOW_VAR", VAR.toString());
    environment.put("ORDERFLOW_PORT_BASE", String.valueOf(PORT_BASE));
    environment.put(
        "ORDERFLOW_BROKER_PORT",
        String.valueOf(Integer.parseInt(Platform.setting("ORDERFLOW_BROKER_PORT", "61616")) + 3));
    environment.put(
        "ORDERFLOW_DB_NAME", Platform.setting("ORDERFLOW_DB_NAME", "orderflow") + "_prod");
    environment.put("ORDERFLOW_DB_USER", "orderflow_prodtest");
    environment.put("ORDERFLOW_BOOTSTRAP_ADMIN_USER", "first-admin");
    return environment;
  }

  private static List<String> filesHoldingASecret(List<Path> places) throws IOException {
    List<String> found = new ArrayList<>();
    for (Path place : places) {
      if (!Files.isDirectory(place)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(place)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          if (file.toString().endsWith(".jar") || Files.size(file) > 50_000_000) {
            continue;
          }
          String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
          SECRETS.forEach(
              (name, value) -> {
                if (text.contains(value)) {
                  found.add(file + " holds " + name);
                }
              });
        }
      }
    }
    return found;
  }

  private record Result(int exitCode, String output) {}

  private static Result orderflow(Map<String, String> environment, String command)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(PlatformProcesses.ROOT.resolve("orderflow").toString(), command)
            .directory(PlatformProcesses.ROOT.toFile())
            .redirectErrorStream(true);
    builder.environment().putAll(environment);
    builder.environment().remove("ORDERFLOW_HTTP_PORT");
    builder.environment().remove("ORDERFLOW_HTTPS_PORT");
    builder.environment().remove("ORDERFLOW_ADMIN_PORT");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(Duration.ofMinutes(8).toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("./orderflow " + command + " did not finish:\n" + output);
    }
    return new Result(process.exitValue(), output);
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static String secret() {
    return java.util.UUID.randomUUID().toString().replace("-", "");
  }
}

package io.orderflow.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The processes of the platform as {@code ./orderflow} runs them, for fault injection: the Payara
 * server and the Artemis broker under {@code var/}, and the machine's PostgreSQL cluster.
 */
final class PlatformProcesses {

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path VAR =
      Optional.ofNullable(System.getenv("ORDERFLOW_VAR"))
          .filter(v -> !v.isBlank())
          .map(Path::of)
          .orElse(ROOT.resolve("var"));

  private PlatformProcesses() {}

  /** Kills the application server the hard way: no shutdown hook, no transaction completes. */
  static void killServer() {
    kill("Payara server", marker("domains/orderflow"));
  }

  /** The application server's process id. */
  static long serverPid() {
    try {
      return Long.parseLong(Files.readString(VAR.resolve("domains/orderflow/config/pid")).trim());
    } catch (IOException e) {
      throw new IllegalStateException("no running application server", e);
    }
  }

  /**
   * The name Payara's transaction manager gives this server's branches, as the adapter's sweeper of
   * orphaned branches logs it once the server runs JTS ({@code <host>,<instance>,P<ORB server
   * id>}).
   */
  static Optional<String> transactionManagerName() {
    // the log record ends with "]]", which is not part of the name
    Pattern announced =
        Pattern.compile("orphaned broker transaction branches of server ([^\\s\\]]+)");
    try (var logs = Files.list(VAR.resolve("domains/orderflow/logs"))) {
      return logs.filter(file -> file.getFileName().toString().startsWith("server.log"))
          .flatMap(PlatformProcesses::lines)
          .map(announced::matcher)
          .filter(Matcher::find)
          .map(found -> found.group(1))
          .reduce((earlier, later) -> later);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static java.util.stream.Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1).stream();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Kills the broker the hard way: what it has not written to its journal is gone. */
  static void killBroker() {
    kill("Artemis broker", "-Dartemis.instance=" + VAR.resolve("artemis-instance"));
  }

  /** Brings back whatever is down, exactly as a user would. */
  static void start() {
    run(Duration.ofMinutes(5), ROOT.resolve("orderflow").toString(), "start");
  }

  /** Restarts the local PostgreSQL cluster (as root on a Debian machine, as CI runs). */
  static void restartPostgres() {
    run(Duration.ofMinutes(2), "bash", "-c", "pg_ctlcluster $(ls /etc/postgresql) main restart");
  }

  static boolean canRestartPostgres() {
    return Files.isDirectory(Path.of("/etc/postgresql"))
        && "root".equals(System.getProperty("user.name"));
  }

  /** The dead-letter queues (bound to address DLA) that hold messages: name and count. */
  static Map<String, Integer> parkedMessages() {
    String json =
        queueStat(
            "--silent", "--json", "--field", "ADDRESS", "--operation", "EQUALS", "--value", "DLA");
    Map<String, Integer> parked = new TreeMap<>();
    Matcher queue =
        Pattern.compile("\"name\":\"([^\"]+)\".*?\"messageCount\":\"(\\d+)\"").matcher(json);
    while (queue.find()) {
      int count = Integer.parseInt(queue.group(2));
      if (count > 0) {
        parked.put(queue.group(1), count);
      }
    }
    return parked;
  }

  /**
   * Writes what a person needs to see why messages stopped flowing into {@code target/}: every
   * queue with its consumers and deliveries in flight, and a thread dump of the application server.
   * Returns the directory.
   */
  static Path captureDiagnostics(String label) {
    Path directory = Path.of("target", "diagnostics", label).toAbsolutePath();
    try {
      Files.createDirectories(directory);
      Files.writeString(directory.resolve("queues.txt"), queueStat());
      Files.writeString(directory.resolve("database.txt"), databaseState());
      Files.writeString(
          directory.resolve("payara-threads.txt"),
          run(Duration.ofMinutes(1), "jcmd", String.valueOf(serverPid()), "Thread.print"));
      copyLogs(VAR.resolve("domains/orderflow/logs"), directory.resolve("server-logs"));
      copyLogs(VAR.resolve("logs"), directory.resolve("broker-logs"));
    } catch (IOException | RuntimeException e) {
      System.err.println("could not capture all diagnostics into " + directory + ": " + e);
    }
    return directory;
  }

  /**
   * The server's rotated logs too: a fault run fills several, and the cause may be in an early one.
   */
  private static void copyLogs(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** The database's side of a stall: what every session waits for, and the locks not granted. */
  private static String databaseState() {
    String sql =
        "select pid, state, wait_event_type, wait_event, xact_start, left(query, 200)"
            + " from pg_stat_activity where datname = current_database() order by xact_start;"
            + " select locktype, relation::regclass, transactionid, virtualtransaction, pid, mode"
            + " from pg_locks where not granted;";
    return run(
        Duration.ofMinutes(1),
        "psql",
        "-h",
        setting("ORDERFLOW_DB_HOST", "127.0.0.1"),
        "-p",
        setting("ORDERFLOW_DB_PORT", "5432"),
        "-U",
        // as the admin: pg_stat_activity shows another role's queries only to a privileged one
        setting("ORDERFLOW_DB_ADMIN_USER", "postgres"),
        "-d",
        setting("ORDERFLOW_DB_NAME", "orderflow"),
        "-c",
        sql);
  }

  /** {@code artemis queue stat} against the platform's broker, every queue in one page. */
  private static String queueStat(String... options) {
    List<String> command =
        new ArrayList<>(
            List.of(
                VAR.resolve("apache-artemis-2.40.0/bin/artemis").toString(),
                "queue",
                "stat",
                "--url",
                "tcp://127.0.0.1:" + setting("ORDERFLOW_BROKER_PORT", "61616"),
                "--user",
                setting("ORDERFLOW_BROKER_USER", "orderflow"),
                "--password",
                setting("ORDERFLOW_BROKER_PASSWORD", "orderflow"),
                "--maxRows",
                "1000"));
    command.addAll(List.of(options));
    return run(Duration.ofMinutes(1), command.toArray(String[]::new));
  }

  private static String marker(String path) {
    return VAR.resolve(path).toString();
  }

  private static void kill(String what, String commandLineMarker) {
    List<ProcessHandle> targets =
        ProcessHandle.allProcesses()
            .filter(
                p -> p.info().commandLine().map(c -> c.contains(commandLineMarker)).orElse(false))
            .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
            .toList();
    if (targets.isEmpty()) {
      throw new IllegalStateException(
          "no running " + what + " to kill (" + commandLineMarker + ")");
    }
    for (ProcessHandle target : targets) {
      target.destroyForcibly();
      target.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }
  }

  private static String run(Duration timeout, String... command) {
    try {
      Process process =
          new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
      }
      return output;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String setting(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}

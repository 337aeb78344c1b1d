package io.orderflow.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * One service on Payara Micro in a process of its own, started and killed by the test itself (not
 * by Arquillian), so that a test can crash it at a chosen point and start it again. The crash comes
 * from a Byteman rule that halts the JVM ({@code Runtime.halt}: no shutdown hook, no rollback, no
 * close), as a power cut or a {@code kill -9} would.
 */
public final class ServiceProcess implements AutoCloseable {

  /** The exit status the crash rules halt with. */
  public static final int HALTED = 77;

  private static final String READY = "ready in";

  private final Process process;
  private final Path log;

  private ServiceProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /**
   * Starts the service, with the Byteman rules in {@code crashRules} if given, and returns once
   * Payara Micro says it is ready (its message-driven beans are then connected).
   */
  public static ServiceProcess start(WebArchive service, Path workDirectory, String crashRules) {
    Path workDir = workDirectory.toAbsolutePath();
    try {
      Files.createDirectories(workDir);
      Path war = workDir.resolve(service.getName());
      service.as(ZipExporter.class).exportTo(war.toFile(), true);
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx512m");
      // e.g. -XX:StartFlightRecording=... to profile a service under a benchmark
      String extraOptions = System.getProperty("orderflow.test.service.jvm-options", "");
      if (!extraOptions.isBlank()) {
        command.addAll(List.of(extraOptions.trim().split("\\s+")));
      }
      if (crashRules != null) {
        Path rules = workDir.resolve("crash.btm");
        Files.writeString(rules, crashRules);
        String agent = required("orderflow.test.byteman.jar");
        command.add("-javaagent:" + agent + "=script:" + rules + ",boot:" + agent);
        command.add("-Dorg.jboss.byteman.transform.all=true");
      }
      command.add("-Dorderflow.test.rar=" + required("orderflow.test.rar"));
      command.add("-Dorderflow.test.db.name=" + TestDatabase.NAME);
      command.add("-Dorderflow.test.db.port=" + TestDatabase.PORT);
      command.add("-jar");
      command.add(required("orderflow.test.micro.jar"));
      command.addAll(
          List.of(
              "--nocluster",
              "--port",
              String.valueOf(freePort()),
              "--addLibs",
              required("orderflow.test.postgresql.jar"),
              "--postbootcommandfile",
              required("orderflow.test.postboot"),
              "--deploy",
              war.toString()));
      Path log = Files.createTempFile(workDir, "payara-micro-", ".log");
      Process process =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      ServiceProcess started = new ServiceProcess(process, log);
      started.awaitReady(Duration.ofMinutes(3));
      return started;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** CPU the process has used so far. */
  public Duration cpuTime() {
    return process.info().totalCpuDuration().orElseThrow();
  }

  /** The exit status once the process has ended, within the timeout. */
  public int awaitExit(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError(
            "the service did not end within " + timeout + "; its log: " + log + "\n" + tail());
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String logText() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitReady(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError(
            "the service ended while starting (" + process.exitValue() + "):\n" + tail());
      }
      if (logText().contains(READY)) {
        return;
      }
      sleep(500);
    }
    close();
    throw new AssertionError("the service was not ready within " + timeout + ":\n" + tail());
  }

  private String tail() {
    String text = logText();
    return text.substring(Math.max(0, text.length() - 8_000));
  }

  /** Stops the process if it still runs: asked first (a recording is then written), then killed. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank() || value.startsWith("${")) {
      throw new IllegalStateException("system property " + property + " is not set by the build");
    }
    return value;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

package io.orderflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of the platform's processes on this machine, read from {@code /proc}: the application
 * server and the broker under {@code ORDERFLOW_VAR}, PostgreSQL (every backend, and the finished
 * ones through the postmaster: the whole cluster) and this driver. Two readings subtracted say
 * where a run's CPU went. Empty where {@code /proc} is not there.
 */
final class PlatformCpu {

  /** Linux's clock tick for {@code /proc/<pid>/stat} times: 100 per second on every kernel here. */
  private static final double TICKS_PER_SECOND = 100.0;

  private PlatformCpu() {}

  /**
   * Seconds of CPU per part so far: {@code payara}, {@code artemis}, {@code postgres}, {@code
   * haproxy} (the front door), {@code driver}.
   */
  static Map<String, Double> read() {
    Map<String, Double> seconds = new LinkedHashMap<>();
    seconds.put("payara", 0.0);
    seconds.put("artemis", 0.0);
    seconds.put("postgres", 0.0);
    seconds.put("haproxy", 0.0);
    seconds.put("driver", 0.0);
    long self = ProcessHandle.current().pid();
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      processes
          .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .forEach(p -> add(seconds, p, self));
    } catch (IOException e) {
      return Map.of();
    }
    return seconds;
  }

  /** The difference of two readings, per part. */
  static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
    Map<String, Double> used = new LinkedHashMap<>();
    after.forEach((part, value) -> used.put(part, value - before.getOrDefault(part, 0.0)));
    return used;
  }

  private static void add(Map<String, Double> seconds, Path process, long self) {
    try {
      String stat = Files.readString(process.resolve("stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // after the command: state is field 3, utime 14, stime 15, cutime 16, cstime 17
      double own = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
      double children =
          (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / TICKS_PER_SECOND;
      String part = partOf(process, stat, self);
      if (part != null) {
        // the postmaster counts the backends that have ended; the others end with their parent
        seconds.merge(part, part.equals("postgres") ? own + children : own, Double::sum);
      }
    } catch (IOException | RuntimeException e) {
      // a process that ended while it was read
    }
  }

  private static String partOf(Path process, String stat, long self) throws IOException {
    if (Long.parseLong(process.getFileName().toString()) == self) {
      return "driver";
    }
    String command = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    if (command.startsWith("postgres")) {
      return "postgres";
    }
    if (!command.equals("java") && !command.equals("haproxy")) {
      return null;
    }
    String cmdline = Files.readString(process.resolve("cmdline"));
    String ours = System.getenv("ORDERFLOW_VAR");
    if (ours != null && !cmdline.contains(ours + "/")) {
      return null; // another platform's (a second checkout's) server, broker or front door
    }
    if (command.equals("haproxy")) {
      return "haproxy";
    }
    if (cmdline.contains("artemis.instance")) {
      return "artemis";
    }
    if (cmdline.contains("com.sun.enterprise.glassfish.bootstrap.ASMain")) {
      return "payara";
    }
    return null;
  }
}

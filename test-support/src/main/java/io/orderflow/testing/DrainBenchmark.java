package io.orderflow.testing;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * How fast one service drains a backlog of one queue, and what CPU it costs: the backlog is built
 * while the queue is paused, then released, and the CPU of the service's process, of the broker
 * (the test JVM, which does nothing else meanwhile) and of PostgreSQL (every backend) is read
 * before and after. A benchmark, run by name, that prints its figures; it asserts only that the
 * backlog drained.
 */
public final class DrainBenchmark {

  /** What one drain measured; CPU in milliseconds per message. */
  public record Figures(
      String queue,
      int messages,
      double seconds,
      double serviceCpuMillis,
      double brokerCpuMillis,
      double databaseCpuMillis) {

    public double perSecond() {
      return messages / seconds;
    }

    @Override
    public String toString() {
      return String.format(
          "%s: %,d messages in %.1f s = %,.0f/s; CPU per message: service %.2f ms, broker %.2f ms,"
              + " PostgreSQL %.2f ms, all %.2f ms",
          queue,
          messages,
          seconds,
          perSecond(),
          serviceCpuMillis,
          brokerCpuMillis,
          databaseCpuMillis,
          serviceCpuMillis + brokerCpuMillis + databaseCpuMillis);
    }
  }

  private DrainBenchmark() {}

  /**
   * Pauses the queue, runs {@code fill} (which must put {@code messages} on it), releases it and
   * waits until the service has taken every message.
   */
  public static Figures drain(ServiceProcess service, String queue, int messages, Runnable fill) {
    TestBroker.pause(queue);
    fill.run();
    if (TestBroker.messageCount(queue) < messages) {
      throw new IllegalStateException(
          "the fill put " + TestBroker.messageCount(queue) + " messages on " + queue);
    }
    Duration serviceBefore = service.cpuTime();
    Duration brokerBefore = ownCpu();
    Duration databaseBefore = databaseCpu();
    long started = System.nanoTime();
    TestBroker.resume(queue);
    while (TestBroker.messageCount(queue) > 0) {
      sleep(20);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Figures figures =
        new Figures(
            queue,
            messages,
            seconds,
            millisPerMessage(service.cpuTime().minus(serviceBefore), messages),
            millisPerMessage(ownCpu().minus(brokerBefore), messages),
            millisPerMessage(databaseCpu().minus(databaseBefore), messages));
    System.out.println("[drain] " + figures);
    return figures;
  }

  private static Duration ownCpu() {
    return ProcessHandle.current().info().totalCpuDuration().orElseThrow();
  }

  private static Duration databaseCpu() {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
        .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
        .reduce(Duration.ZERO, Duration::plus);
  }

  private static double millisPerMessage(Duration cpu, int messages) {
    return cpu.toNanos() / 1e6 / messages;
  }

  private static void sleep(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

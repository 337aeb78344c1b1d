package io.orderflow.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows down password guessing: after {@value #FAILURES_ALLOWED} failed checks of one account name
 * within {@link #WINDOW}, that name is not checked at all for {@link #PAUSE}, and the pause doubles
 * with each failure after it (up to {@link #LONGEST_PAUSE}). A success clears the count. Counted
 * per name, not per address: guesses spread over many addresses still meet the limit.
 */
public class LoginThrottle {

  static final int FAILURES_ALLOWED = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration PAUSE = Duration.ofSeconds(30);
  static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);

  private record Failures(int count, Instant first, Instant pausedUntil) {}

  private final Clock clock;
  private final Cache<String, Failures> failures =
      Caffeine.newBuilder()
          .maximumSize(100_000)
          .expireAfterWrite(WINDOW.plus(LONGEST_PAUSE))
          .build();

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long the name must wait before it is checked again, if it must. */
  public Optional<Duration> pauseFor(String name) {
    Failures recent = failures.getIfPresent(name);
    Instant now = clock.instant();
    if (recent == null || recent.pausedUntil() == null || !now.isBefore(recent.pausedUntil())) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, recent.pausedUntil()));
  }

  public void failed(String name) {
    Instant now = clock.instant();
    failures
        .asMap()
        .compute(
            name,
            (key, recent) -> {
              if (recent == null || recent.first().plus(WINDOW).isBefore(now)) {
                recent = new Failures(0, now, null);
              }
              int count = recent.count() + 1;
              return new Failures(count, recent.first(), pausedUntil(count, now));
            });
  }

  public void succeeded(String name) {
    failures.invalidate(name);
  }

  private static Instant pausedUntil(int count, Instant now) {
    if (count < FAILURES_ALLOWED) {
      return null;
    }
    int doublings = Math.min(count - FAILURES_ALLOWED, 10);
    Duration pause = PAUSE.multipliedBy(1L << doublings);
    return now.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
  }
}

package io.orderflow.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.orderflow.web.access.domain.AccountChanged;
import io.orderflow.web.access.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each API caller's own quota: a token bucket (Bucket4j) per account, refilled at the account's
 * limit, or at {@code ORDERFLOW_RATE_LIMIT_PER_CALLER} requests per second, holding a second's
 * worth for bursts. Kept per instance: with n instances behind a balancer a caller gets up to n
 * times its limit. Unlike admission control, which protects the platform from its total load, this
 * keeps one caller from taking everyone's share.
 */
@ApplicationScoped
public class CallerRateLimits {

  @Inject
  @ConfigProperty(name = "orderflow.rate-limit-per-caller", defaultValue = "100")
  long defaultPerSecond;

  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

  /** Empty if the request may go on; else how long the caller should wait. */
  public Optional<Duration> take(Caller caller) {
    long perSecond =
        caller.rateLimitPerSecond() != null ? caller.rateLimitPerSecond() : defaultPerSecond;
    Bucket bucket = buckets.get(caller.name(), name -> bucketOf(perSecond));
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  public long defaultPerSecond() {
    return defaultPerSecond;
  }

  static Bucket bucketOf(long perSecond) {
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)))
        .build();
  }

  void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged changed) {
    buckets.invalidate(changed.name());
  }
}

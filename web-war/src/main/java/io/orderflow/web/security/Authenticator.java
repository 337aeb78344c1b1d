package io.orderflow.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.orderflow.web.access.domain.Account;
import io.orderflow.web.access.domain.AccountChanged;
import io.orderflow.web.access.domain.AccountName;
import io.orderflow.web.access.domain.Accounts;
import io.orderflow.web.access.domain.Caller;
import io.orderflow.web.access.domain.PasswordHashing;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks who a caller is: a user name and password (the login form, HTTP Basic), or an account
 * named by a verified bearer token. Passwords are checked with PBKDF2, behind the login throttle
 * and the credential cache.
 */
@ApplicationScoped
public class Authenticator {

  @Inject Accounts accounts;

  @Inject
  @ConfigProperty(name = "orderflow.credential-cache-seconds", defaultValue = "60")
  int cacheSeconds;

  private CredentialCache credentials;
  private LoginThrottle throttle;
  private Cache<String, Optional<Caller>> callersByName;

  @PostConstruct
  void start() {
    Duration timeToLive = Duration.ofSeconds(cacheSeconds);
    credentials = new CredentialCache(timeToLive, Ticker.systemTicker());
    throttle = new LoginThrottle(Clock.systemUTC());
    callersByName = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(10_000).build();
  }

  public Verdict verify(String name, char[] password) {
    Optional<Optional<Caller>> remembered = credentials.find(name, password);
    if (remembered.isPresent()) {
      return remembered.get().<Verdict>map(Verdict.Verified::new).orElseGet(Verdict.Refused::new);
    }
    Optional<Duration> pause = throttle.pauseFor(name);
    if (pause.isPresent()) {
      return new Verdict.Throttled(pause.get());
    }
    Optional<Account> account = AccountName.isValid(name) ? accounts.find(name) : Optional.empty();
    boolean matches =
        account.isPresent()
            ? PasswordHashing.verify(password, account.get().passwordHash())
            : PasswordHashing.verifyAgainstNobody(password);
    if (!matches) {
      throttle.failed(name);
      credentials.remember(name, password, Optional.empty());
      return new Verdict.Refused();
    }
    throttle.succeeded(name);
    Optional<Caller> caller = account.filter(Account::isEnabled).map(Account::asCaller);
    credentials.remember(name, password, caller);
    return caller.<Verdict>map(Verdict.Verified::new).orElseGet(Verdict.Refused::new);
  }

  /** The enabled account of this name, e.g. the subject of a verified token. */
  public Optional<Caller> callerNamed(String name) {
    if (!AccountName.isValid(name)) {
      return Optional.empty();
    }
    return callersByName.get(
        name, key -> accounts.find(key).filter(Account::isEnabled).map(Account::asCaller));
  }

  void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged changed) {
    credentials.forget(changed.name());
    callersByName.invalidate(changed.name());
  }
}

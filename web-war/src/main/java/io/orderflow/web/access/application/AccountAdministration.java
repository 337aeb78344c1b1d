package io.orderflow.web.access.application;

import io.orderflow.web.access.domain.Account;
import io.orderflow.web.access.domain.AccountChanged;
import io.orderflow.web.access.domain.Accounts;
import io.orderflow.web.access.domain.AuditEntry;
import io.orderflow.web.access.domain.AuditTrail;
import io.orderflow.web.access.domain.PasswordHashing;
import io.orderflow.web.access.domain.PasswordPolicy;
import io.orderflow.web.access.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * What an admin does with accounts, and what every user does with their own password. Each change
 * is audited in the same transaction, and announced so that cached credentials are dropped. Secrets
 * the platform makes (a new account's, a reset's, an integrator's rotated one) are returned once
 * and kept only as a hash.
 */
@ApplicationScoped
@Transactional
public class AccountAdministration {

  @Inject Accounts accounts;
  @Inject AuditTrail audit;
  @Inject Event<AccountChanged> changes;

  Clock clock = Clock.systemUTC();

  /** A staff or admin account with a generated first password, which its owner then changes. */
  public String createPerson(String actor, String name, Role role) {
    String password = PasswordPolicy.generate();
    add(actor, valid(() -> Account.person(name, role, hash(password), now())));
    record(actor, "account.created", name, "role " + role.groupName());
    return password;
  }

  /** An integrator's account, bound to its customers, with a generated secret. */
  public String createIntegrator(
      String actor, String name, Collection<String> customers, Integer rateLimitPerSecond) {
    String secret = PasswordPolicy.generate();
    Set<String> bound = new TreeSet<>(customers);
    Account integrator =
        valid(
            () -> {
              Account account = Account.integrator(name, bound, hash(secret), now());
              account.limitRate(rateLimitPerSecond, now());
              return account;
            });
    add(actor, integrator);
    record(
        actor,
        "account.created",
        name,
        "role integrator, customers " + bound + limitText(rateLimitPerSecond));
    return secret;
  }

  /** A new generated password or integrator secret; the old one stops working. */
  public String resetSecret(String actor, String name) {
    String secret = PasswordPolicy.generate();
    change(actor, name, "account.secret-reset", null, a -> a.changePassword(hash(secret), now()));
    return secret;
  }

  public void disable(String actor, String name) {
    if (actor.equals(name)) {
      throw new AccountException("An admin cannot disable their own account");
    }
    change(actor, name, "account.disabled", null, a -> a.disable(now()));
  }

  public void enable(String actor, String name) {
    change(actor, name, "account.enabled", null, a -> a.enable(now()));
  }

  public void limitRate(String actor, String name, Integer requestsPerSecond) {
    change(
        actor,
        name,
        "account.rate-limited",
        limitText(requestsPerSecond),
        a ->
            valid(
                () -> {
                  a.limitRate(requestsPerSecond, now());
                  return a;
                }));
  }

  /** Every user changes their own password, proving they know the current one. */
  public void changeOwnPassword(String name, char[] current, String newPassword) {
    Account account = existing(name);
    if (!PasswordHashing.verify(current, account.passwordHash())) {
      throw new AccountException("The current password is wrong");
    }
    PasswordPolicy.weakness(newPassword)
        .ifPresent(
            why -> {
              throw new AccountException("The new password is refused: " + why);
            });
    account.changePassword(hash(newPassword), now());
    record(name, "account.password-changed", name, null);
    changes.fire(new AccountChanged(name));
  }

  /**
   * Makes sure an account exists with this role, these customers and this password, enabled: for
   * the demo users of profile dev and the first admin of profile prod. Hashes only when something
   * changed, so a restart costs one verification per account.
   */
  public void ensure(String actor, String name, Role role, Set<String> customers, String password) {
    var existing = accounts.find(name);
    if (existing.isEmpty()) {
      String hash = hash(password);
      add(
          actor,
          role == Role.INTEGRATOR
              ? Account.integrator(name, customers, hash, now())
              : Account.person(name, role, hash, now()));
      record(actor, "account.created", name, "role " + role.groupName());
      return;
    }
    Account account = existing.get();
    if (!PasswordHashing.verify(password.toCharArray(), account.passwordHash())) {
      account.changePassword(hash(password), now());
      record(actor, "account.secret-reset", name, null);
    }
    if (!account.isEnabled()) {
      account.enable(now());
      record(actor, "account.enabled", name, null);
    }
    changes.fire(new AccountChanged(name));
  }

  public List<Account> all() {
    return accounts.all();
  }

  public boolean anyEnabledAdmin() {
    return accounts.anyEnabledAdmin();
  }

  private void add(String actor, Account account) {
    if (accounts.find(account.name()).isPresent()) {
      throw new AccountException("An account named " + account.name() + " exists already");
    }
    accounts.add(account);
  }

  private void change(
      String actor, String name, String action, String detail, Consumer<Account> change) {
    change.accept(existing(name));
    record(actor, action, name, detail);
    changes.fire(new AccountChanged(name));
  }

  private Account existing(String name) {
    return accounts.find(name).orElseThrow(() -> new NoSuchAccountException(name));
  }

  /** A rule of the domain broken by what was asked, said to the person who asked. */
  private static Account valid(java.util.function.Supplier<Account> change) {
    try {
      return change.get();
    } catch (IllegalArgumentException e) {
      throw new AccountException(e.getMessage());
    }
  }

  private void record(String actor, String action, String subject, String detail) {
    audit.record(new AuditEntry(now(), actor, action, subject, detail));
  }

  private static String hash(String secret) {
    return PasswordHashing.hash(secret.toCharArray());
  }

  private static String limitText(Integer requestsPerSecond) {
    return requestsPerSecond == null ? "" : ", " + requestsPerSecond + " requests/s";
  }

  private Instant now() {
    return clock.instant();
  }
}

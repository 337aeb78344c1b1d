package io.orderflow.web.access.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Someone who may use the platform: a person of the staff (roles staff or admin) or an integrator's
 * system (role integrator, bound to the customers it acts for).
 */
@Entity
@Table(schema = "access", name = "account")
public class Account {

  @Id private String name;

  @Column(name = "password_hash")
  private String passwordHash;

  private boolean enabled;

  @Column(name = "rate_limit_per_second")
  private Integer rateLimitPerSecond;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "changed_at")
  private Instant changedAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      schema = "access",
      name = "account_role",
      joinColumns = @JoinColumn(name = "account"))
  @Column(name = "role")
  private Set<String> roles = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      schema = "access",
      name = "account_customer",
      joinColumns = @JoinColumn(name = "account"))
  @Column(name = "customer_id")
  private Set<String> customers = new TreeSet<>();

  protected Account() {}

  private Account(
      String name, String passwordHash, Set<Role> roles, Collection<String> customers, Instant at) {
    this.name = AccountName.require(name);
    this.passwordHash = passwordHash;
    this.enabled = true;
    this.createdAt = at;
    this.changedAt = at;
    roles.forEach(role -> this.roles.add(role.groupName()));
    this.customers.addAll(customers);
  }

  /** A person of the staff; an admin also holds the staff role, so every staff page is theirs. */
  public static Account person(String name, Role role, String passwordHash, Instant at) {
    if (role == Role.INTEGRATOR) {
      throw new IllegalArgumentException("an integrator is created with its customers");
    }
    Set<Role> roles = role == Role.ADMIN ? Set.of(Role.ADMIN, Role.STAFF) : Set.of(Role.STAFF);
    return new Account(name, passwordHash, roles, Set.of(), at);
  }

  /** An integrator's system, acting only for the given customers. */
  public static Account integrator(
      String name, Collection<String> customers, String passwordHash, Instant at) {
    if (customers.isEmpty() || customers.stream().anyMatch(c -> c == null || c.isBlank())) {
      throw new IllegalArgumentException("an integrator acts for one or more customer ids");
    }
    return new Account(name, passwordHash, Set.of(Role.INTEGRATOR), customers, at);
  }

  public void changePassword(String newPasswordHash, Instant at) {
    passwordHash = newPasswordHash;
    changedAt = at;
  }

  public void disable(Instant at) {
    enabled = false;
    changedAt = at;
  }

  public void enable(Instant at) {
    enabled = true;
    changedAt = at;
  }

  public void limitRate(Integer requestsPerSecond, Instant at) {
    if (requestsPerSecond != null && requestsPerSecond < 1) {
      throw new IllegalArgumentException("a rate limit is at least one request per second");
    }
    rateLimitPerSecond = requestsPerSecond;
    changedAt = at;
  }

  public String name() {
    return name;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Set<String> roles() {
    return Set.copyOf(roles);
  }

  public Set<String> customers() {
    return Set.copyOf(customers);
  }

  public Integer rateLimitPerSecond() {
    return rateLimitPerSecond;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public boolean isIntegrator() {
    return roles.contains(Role.INTEGRATOR.groupName());
  }

  public Caller asCaller() {
    return new Caller(name, roles(), customers(), rateLimitPerSecond);
  }
}

package io.orderflow.web.portal;

import io.orderflow.web.access.application.AccountAdministration;
import io.orderflow.web.access.application.AccountException;
import io.orderflow.web.access.application.Auditing;
import io.orderflow.web.access.domain.Account;
import io.orderflow.web.access.domain.AuditEntry;
import io.orderflow.web.access.domain.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The accounts page (admins): create staff, admin and integrator accounts, disable and enable them,
 * reset a password or rotate an integrator's secret. A secret the platform makes is shown once, in
 * the page's message; the audit trail below says who changed what.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AccountAdministration administration;
  @Inject Auditing auditing;
  @Inject HttpServletRequest request;
  @Inject Feedback feedback;

  private String name;
  private String role = Role.STAFF.groupName();
  private String customers;
  private Integer rateLimitPerSecond;
  private String shownSecret;
  private String shownSecretFor;

  public List<Account> getAccounts() {
    return administration.all();
  }

  public List<AuditEntry> getAudit() {
    return auditing.recent(50);
  }

  public void create() {
    Role chosen = Role.named(role).orElse(Role.STAFF);
    change(
        name,
        () ->
            chosen == Role.INTEGRATOR
                ? administration.createIntegrator(admin(), name, customerIds(), rateLimitPerSecond)
                : administration.createPerson(admin(), name, chosen),
        "accounts.created");
    name = null;
    customers = null;
    rateLimitPerSecond = null;
  }

  public void resetSecret(String account) {
    change(account, () -> administration.resetSecret(admin(), account), "accounts.reset");
  }

  public void disable(String account) {
    change(account, () -> run(() -> administration.disable(admin(), account)), "accounts.disabled");
  }

  public void enable(String account) {
    change(account, () -> run(() -> administration.enable(admin(), account)), "accounts.enabled");
  }

  public String getShownSecret() {
    return shownSecret;
  }

  public String getShownSecretFor() {
    return shownSecretFor;
  }

  public String text(Set<String> values) {
    return values.stream().sorted().collect(Collectors.joining(", "));
  }

  private void change(String account, Supplier<String> action, String doneKey) {
    shownSecret = null;
    shownSecretFor = null;
    try {
      String secret = action.get();
      if (secret != null) {
        shownSecret = secret;
        shownSecretFor = account;
      }
      feedback.info(doneKey, doneKey + ".detail", account);
    } catch (AccountException e) {
      feedback.error("accounts.failed", "accounts.failed.detail", e.getMessage());
    }
  }

  private static String run(Runnable action) {
    action.run();
    return null;
  }

  private Set<String> customerIds() {
    return customers == null
        ? Set.of()
        : Arrays.stream(customers.split("[,\\s]+"))
            .filter(id -> !id.isBlank())
            .collect(Collectors.toSet());
  }

  private String admin() {
    return request.getRemoteUser();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getCustomers() {
    return customers;
  }

  public void setCustomers(String customers) {
    this.customers = customers;
  }

  public Integer getRateLimitPerSecond() {
    return rateLimitPerSecond;
  }

  public void setRateLimitPerSecond(Integer rateLimitPerSecond) {
    this.rateLimitPerSecond = rateLimitPerSecond;
  }
}

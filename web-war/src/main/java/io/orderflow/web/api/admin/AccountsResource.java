package io.orderflow.web.api.admin;

import io.orderflow.web.access.application.AccountAdministration;
import io.orderflow.web.access.application.Auditing;
import io.orderflow.web.access.domain.Account;
import io.orderflow.web.access.domain.AccountName;
import io.orderflow.web.access.domain.AuditEntry;
import io.orderflow.web.access.domain.Role;
import io.orderflow.web.security.CurrentCaller;
import io.orderflow.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Accounts, for admins and their scripts (the portal's account page does the same in process):
 * list, create (a generated secret is answered once), disable, enable, reset a secret (an
 * integrator's rotation), and the audit trail. Every change is audited with the admin's name.
 */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AccountsResource {

  @Inject AccountAdministration administration;
  @Inject Auditing auditing;
  @Inject CurrentCaller caller;

  /**
   * @param customers for an integrator, the customer ids it acts for
   * @param rateLimitPerSecond for an integrator, its own request limit (else the platform's)
   */
  public record NewAccount(
      @NotNull @Pattern(regexp = AccountName.PATTERN) String name,
      @NotNull @Pattern(regexp = "staff|admin|integrator") String role,
      Set<String> customers,
      @Min(1) @Max(1_000_000) Integer rateLimitPerSecond) {}

  public record AccountView(
      String name,
      List<String> roles,
      List<String> customers,
      boolean enabled,
      Integer rateLimitPerSecond,
      Instant changedAt) {

    static AccountView of(Account account) {
      return new AccountView(
          account.name(),
          account.roles().stream().sorted().toList(),
          account.customers().stream().sorted().toList(),
          account.isEnabled(),
          account.rateLimitPerSecond(),
          account.changedAt());
    }
  }

  /** A secret made by the platform, shown this once; only its hash is kept. */
  public record Secret(String name, String secret) {}

  public record AuditView(
      Instant occurredAt, String actor, String action, String subject, String detail) {

    static AuditView of(AuditEntry entry) {
      return new AuditView(
          entry.getOccurredAt(),
          entry.getActor(),
          entry.getAction(),
          entry.getSubject(),
          entry.getDetail());
    }
  }

  @GET
  @Path("accounts")
  public List<AccountView> list() {
    return administration.all().stream().map(AccountView::of).toList();
  }

  @POST
  @Path("accounts")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@NotNull @Valid NewAccount account) {
    Role role = Role.named(account.role()).orElseThrow();
    String secret =
        role == Role.INTEGRATOR
            ? administration.createIntegrator(
                admin(),
                account.name(),
                account.customers() == null ? Set.of() : account.customers(),
                account.rateLimitPerSecond())
            : administration.createPerson(admin(), account.name(), role);
    return Response.status(Response.Status.CREATED)
        .entity(new Secret(account.name(), secret))
        .build();
  }

  @POST
  @Path("accounts/{name}/disable")
  public Response disable(@PathParam("name") String name) {
    administration.disable(admin(), name);
    return Response.noContent().build();
  }

  @POST
  @Path("accounts/{name}/enable")
  public Response enable(@PathParam("name") String name) {
    administration.enable(admin(), name);
    return Response.noContent().build();
  }

  /** A new secret for the account; the old one stops working at once on this instance. */
  @POST
  @Path("accounts/{name}/secret")
  public Secret resetSecret(@PathParam("name") String name) {
    return new Secret(name, administration.resetSecret(admin(), name));
  }

  @GET
  @Path("audit")
  public List<AuditView> audit(
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
    return auditing.recent(limit).stream().map(AuditView::of).toList();
  }

  private String admin() {
    return caller.get().name();
  }
}

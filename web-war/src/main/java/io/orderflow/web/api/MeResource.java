package io.orderflow.web.api;

import io.orderflow.web.access.domain.Caller;
import io.orderflow.web.security.CurrentCaller;
import io.orderflow.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Who the API takes the caller for: name, roles, and the customers it may act for. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.INTEGRATOR})
public class MeResource {

  @Inject CurrentCaller currentCaller;

  /**
   * @param customers the customers an integrator acts for; empty for staff and admins
   * @param anyCustomer true for staff and admins, who act for every customer
   */
  public record Me(String name, List<String> roles, List<String> customers, boolean anyCustomer) {}

  @GET
  public Me me() {
    Caller caller = currentCaller.get();
    return new Me(
        caller.name(),
        caller.roles().stream().sorted().toList(),
        caller.customers().stream().sorted().toList(),
        caller.actsForAnyCustomer());
  }
}

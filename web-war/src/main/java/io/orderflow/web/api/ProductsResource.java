package io.orderflow.web.api;

import io.orderflow.web.security.Roles;
import io.orderflow.web.views.ProductViews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The catalog with its stock, as the views last saw it. */
@Path("products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.INTEGRATOR})
public class ProductsResource {

  @Inject ProductViews products;

  @GET
  public List<ProductStock> list() {
    return products.all().stream().map(ProductStock::of).toList();
  }
}

package io.orderflow.web.api;

import io.orderflow.web.commands.CommandIds;
import io.orderflow.web.commands.CommandSender;
import io.orderflow.web.security.Roles;
import io.orderflow.web.views.ProductViews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Stock changes: a restock sends {@code inventory.restock}; the fulfillment service applies it. A
 * restock of a sku the views know no product of answers {@code 404} and sends nothing: the
 * fulfillment service would only reject it, minutes later. (A registration still on its way to the
 * views is refused too; the client may send the restock again once the product shows.)
 */
@Path("inventory")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class InventoryResource {

  @Inject CommandSender commands;
  @Inject ProductViews products;

  @POST
  @AdmissionControlled
  @Path("{sku}/restock")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response restock(
      @PathParam("sku")
          @Size(max = 64)
          @Pattern(regexp = Skus.PATTERN, message = Skus.PATTERN_MESSAGE)
          String sku,
      @NotNull @Valid RestockRequest request) {
    if (!products.isRegistered(sku)) {
      throw new NotFoundException(
          "No product with sku " + sku + " is registered; nothing was sent");
    }
    if (request.getRestockId() == null) {
      commands.restock(sku, request.getQuantity());
    } else {
      commands.restock(sku, request.getQuantity(), CommandIds.restock(sku, request.getRestockId()));
    }
    return Response.accepted(Accepted.restock(sku, request.getQuantity())).build();
  }
}

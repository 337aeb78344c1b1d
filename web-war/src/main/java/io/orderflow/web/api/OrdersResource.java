package io.orderflow.web.api;

import io.orderflow.contracts.messages.CreateOrder;
import io.orderflow.web.access.domain.Caller;
import io.orderflow.web.commands.CommandSender;
import io.orderflow.web.security.CurrentCaller;
import io.orderflow.web.security.Roles;
import io.orderflow.web.views.OrderFilter;
import io.orderflow.web.views.OrderSummary;
import io.orderflow.web.views.OrderViews;
import io.orderflow.web.views.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;

/**
 * Orders: placing one sends {@code order.create} and answers at once; reading one shows what the
 * views know so far. Staff and admins act for any customer; an integrator only for its own: placing
 * for another customer is {@code 403}, another customer's order is not found ({@code 404}: its
 * existence is not disclosed), and lists hold only its customers' orders.
 */
@Path("orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.INTEGRATOR})
public class OrdersResource {

  /** How deep a list may page (page × size): deeper offsets cost the database a scan each. */
  static final int DEEPEST_OFFSET = 10_000;

  @Inject CommandSender commands;
  @Inject OrderViews orders;
  @Inject CurrentCaller currentCaller;
  @Context UriInfo uriInfo;

  /** Accepted, not created: the order service decides, and the views show it moments later. */
  @POST
  @AdmissionControlled
  @Consumes(MediaType.APPLICATION_JSON)
  public Response place(@NotNull @Valid PlaceOrderRequest request) {
    CreateOrder command = request.toCommand();
    if (!currentCaller.get().mayActFor(command.customerId())) {
      throw new ForbiddenException(
          "This account may place orders only for its own customers, not " + command.customerId());
    }
    commands.createOrder(command);
    URI location =
        uriInfo
            .getBaseUriBuilder()
            .path(OrdersResource.class)
            .path(command.orderId().toString())
            .build();
    return Response.accepted(Accepted.order(command.orderId())).location(location).build();
  }

  @GET
  @Path("{orderId}")
  public OrderDetails get(@PathParam("orderId") UUID orderId) {
    Caller caller = currentCaller.get();
    OrderSummary order =
        orders
            .find(orderId)
            .filter(found -> caller.mayActFor(found.customerId()))
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "No order "
                            + orderId
                            + " in the views yet; an accepted order appears once it is processed"));
    return OrderDetails.of(order, orders.lines(orderId), orders.timeline(orderId));
  }

  @GET
  public OrderPage list(
      @QueryParam("status")
          @Pattern(
              regexp = "(CREATED|REJECTED|BACKORDERED|FULFILLED)?",
              message = "must be one of CREATED, REJECTED, BACKORDERED, FULFILLED")
          String status,
      @QueryParam("customerId") @Size(max = 100) String customerId,
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
    if ((long) page * size > DEEPEST_OFFSET) {
      throw new BadRequestException(
          "Paging stops at "
              + DEEPEST_OFFSET
              + " orders (page × size); narrow the list by status or customer instead");
    }
    Caller caller = currentCaller.get();
    Page<OrderSummary> found =
        orders.list(
            new OrderFilter(
                blankToNull(status),
                blankToNull(customerId),
                caller.actsForAnyCustomer() ? null : caller.customers(),
                page,
                size));
    return OrderPage.of(
        found.items().stream().map(OrderOverview::of).toList(), page, size, found.total());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}

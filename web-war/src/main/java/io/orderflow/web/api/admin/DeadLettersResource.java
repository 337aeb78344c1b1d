package io.orderflow.web.api.admin;

import io.orderflow.web.security.CurrentCaller;
import io.orderflow.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The messages parked on the dead-letter queues, for admins: list, inspect, replay to where they
 * came from, or discard; replays and discards are audited with the caller's name. Errors are
 * problem details, through the API's mappers (a missing message is a {@link NotFoundException}).
 */
@Path("admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed(Roles.ADMIN)
public class DeadLettersResource {

  @Inject DeadLetterDesk desk;
  @Inject CurrentCaller caller;

  @GET
  public List<DeadLetter> list() {
    return desk.list();
  }

  @GET
  @Path("{messageId}")
  public DeadLetterDetails show(@PathParam("messageId") String messageId) {
    return desk.find(messageId).orElseThrow(() -> notParked(messageId));
  }

  /** 202: the message is back on its queue or topic; its handling is asynchronous as ever. */
  @POST
  @Path("{messageId}/replay")
  public Response replay(@PathParam("messageId") String messageId) {
    if (!desk.replay(messageId, caller.get().name())) {
      throw notParked(messageId);
    }
    return Response.accepted().build();
  }

  @DELETE
  @Path("{messageId}")
  public Response discard(@PathParam("messageId") String messageId) {
    if (!desk.discard(messageId, caller.get().name())) {
      throw notParked(messageId);
    }
    return Response.noContent().build();
  }

  private static NotFoundException notParked(String messageId) {
    return new NotFoundException("No message " + messageId + " is parked on a dead-letter queue");
  }
}

package io.orderflow.web.api.admin;

import io.orderflow.messaging.ParkedMessage;
import io.orderflow.messaging.ParkedMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Map;

/**
 * The messages parked on the dead-letter queues, for admins: list, inspect, replay to where they
 * came from, or discard (audited). Errors are problem details, through the API's mappers (a missing
 * message is a {@link NotFoundException}).
 */
@Path("admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class DeadLettersResource {

  @Inject ParkedMessages parked;
  @Inject RecordedFailures failures;
  @Inject DeadLetterDiscards discards;
  @Context SecurityContext security;

  @GET
  public List<DeadLetter> list() {
    List<ParkedMessage> all = parked.all();
    Map<String, List<RecordedFailure>> recorded =
        failures.of(all.stream().map(ParkedMessage::messageId).distinct().toList());
    return all.stream()
        .map(p -> DeadLetter.of(p, recorded.getOrDefault(p.messageId(), List.of())))
        .toList();
  }

  @GET
  @Path("{messageId}")
  public DeadLetterDetails show(@PathParam("messageId") String messageId) {
    ParkedMessage message = parked.find(messageId).orElseThrow(() -> notParked(messageId));
    return DeadLetterDetails.of(message, failures.of(messageId));
  }

  /** 202: the message is back on its queue or topic; its handling is asynchronous as ever. */
  @POST
  @Path("{messageId}/replay")
  public Response replay(@PathParam("messageId") String messageId) {
    parked.replay(messageId).orElseThrow(() -> notParked(messageId));
    return Response.accepted().build();
  }

  @DELETE
  @Path("{messageId}")
  public Response discard(@PathParam("messageId") String messageId) {
    discards.discard(messageId, caller()).orElseThrow(() -> notParked(messageId));
    return Response.noContent().build();
  }

  private String caller() {
    Principal principal = security == null ? null : security.getUserPrincipal();
    return principal == null ? null : principal.getName();
  }

  private static NotFoundException notParked(String messageId) {
    return new NotFoundException("No message " + messageId + " is parked on a dead-letter queue");
  }
}

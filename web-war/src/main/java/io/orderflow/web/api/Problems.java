package io.orderflow.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** Builds problem responses that name the request they answer. */
public final class Problems {

  private Problems() {}

  public static Problem problem(
      URI type, Response.StatusType status, String detail, UriInfo request) {
    String title =
        Problem.ABOUT_BLANK.equals(type) ? status.getReasonPhrase() : titleOf(type, status);
    return new Problem(type, title, status.getStatusCode(), detail, instanceOf(request));
  }

  public static Response.ResponseBuilder response(Problem problem) {
    return Response.status(problem.getStatus()).type(Problem.MEDIA_TYPE).entity(problem);
  }

  private static String titleOf(URI type, Response.StatusType status) {
    if (Problem.INVALID_REQUEST.equals(type)) {
      return "The request is invalid";
    }
    if (Problem.UNREADABLE_REQUEST.equals(type)) {
      return "The request body cannot be read";
    }
    if (Problem.BROKER_UNAVAILABLE.equals(type)) {
      return "Commands cannot be accepted right now";
    }
    if (Problem.RATE_LIMITED.equals(type)) {
      return "This caller is over its request limit";
    }
    if (Problem.FORBIDDEN.equals(type)) {
      return "This caller may not do this";
    }
    if (Problem.OVERLOADED.equals(type)) {
      return "Too much work is waiting; commands are refused for a moment";
    }
    return status.getReasonPhrase();
  }

  /** The path that failed, relative to the server: it identifies this occurrence. */
  private static URI instanceOf(UriInfo request) {
    try {
      return request == null ? null : URI.create(request.getRequestUri().getRawPath());
    } catch (RuntimeException e) {
      return null; // outside a request, e.g. in a unit test
    }
  }
}

package io.orderflow.web.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not JSON, or whose values have the wrong type (a quantity of 1.5 or "abc"),
 * answers 400. Without this mapper the server answers 500 with an HTML page.
 */
@Provider
public class UnreadableRequestMapper implements ExceptionMapper<ProcessingException> {

  static final String DETAIL =
      "The body is not valid JSON, or a value has the wrong type (e.g. text or a fraction where a"
          + " whole number is expected, or a malformed UUID)";

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ProcessingException exception) {
    if (!isUnreadableJson(exception)) {
      return UnexpectedFailureMapper.internalError(exception, uriInfo);
    }
    return Problems.response(
            Problems.problem(Problem.UNREADABLE_REQUEST, Status.BAD_REQUEST, DETAIL, uriInfo))
        .build();
  }

  /** Jersey wraps JSON-B's failure to read the body; other processing failures are ours. */
  static boolean isUnreadableJson(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JsonbException || t instanceof JsonException) {
        return true;
      }
    }
    return false;
  }
}

package io.orderflow.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * HTTP errors raised by JAX-RS or by us (404, 405, 406, 415...) keep their status and get a problem
 * body. A path or query parameter that cannot be converted (a malformed UUID, "abc" for a number)
 * arrives as a 404 with a cause (Jersey's ParamException), and answers 400.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  /** Headers of the original answer that still hold, e.g. Allow on a 405. */
  private static final List<String> KEPT_HEADERS =
      List.of(HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION);

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    Response.StatusType status = original.getStatusInfo();
    if (status.getStatusCode() == Status.NOT_FOUND.getStatusCode()
        && exception.getCause() != null) {
      return Problems.response(
              Problems.problem(
                  Problem.INVALID_REQUEST,
                  Status.BAD_REQUEST,
                  "A path or query parameter has a malformed value" + causeOf(exception),
                  uriInfo))
          .build();
    }
    if (status.getStatusCode() >= 500) {
      return UnexpectedFailureMapper.serverError(status, exception, uriInfo);
    }
    Response.ResponseBuilder answer =
        Problems.response(
            Problems.problem(Problem.ABOUT_BLANK, status, detailOf(exception, status), uriInfo));
    KEPT_HEADERS.forEach(
        header -> {
          Object value = original.getHeaders().getFirst(header);
          if (value != null) {
            answer.header(header, value);
          }
        });
    return answer.build();
  }

  /** Our own messages explain; the default one only repeats the status line. */
  private static String detailOf(WebApplicationException exception, Response.StatusType status) {
    String message = exception.getMessage();
    boolean isDefault =
        message == null
            || message.equals("HTTP " + status.getStatusCode() + ' ' + status.getReasonPhrase());
    return isDefault ? null : message;
  }

  /** The conversion failure's own words, when it is a plain "this is not a number/UUID". */
  private static String causeOf(Throwable exception) {
    Throwable root = exception;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root instanceof IllegalArgumentException && root.getMessage() != null
        ? ": " + root.getMessage()
        : "";
  }
}

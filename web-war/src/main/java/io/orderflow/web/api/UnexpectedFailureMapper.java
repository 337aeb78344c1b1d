package io.orderflow.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else is our fault: 500 with a generic detail and an id to find the logged stack trace
 * by. The body never carries the exception.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

  static final String DETAIL = "Something went wrong on our side";

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable exception) {
    return internalError(exception, uriInfo);
  }

  static Response internalError(Throwable exception, UriInfo uriInfo) {
    return serverError(Status.INTERNAL_SERVER_ERROR, exception, uriInfo);
  }

  static Response serverError(Response.StatusType status, Throwable exception, UriInfo uriInfo) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "incident " + incident, exception);
    return Problems.response(
            Problems.problem(
                Problem.ABOUT_BLANK, status, DETAIL + " (incident " + incident + ")", uriInfo))
        .build();
  }
}

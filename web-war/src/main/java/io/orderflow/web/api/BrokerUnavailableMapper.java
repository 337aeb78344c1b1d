package io.orderflow.web.api;

import io.orderflow.web.commands.BrokerUnavailableException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/** The broker did not take the command: 503, try again shortly; nothing was sent. */
@Provider
public class BrokerUnavailableMapper implements ExceptionMapper<BrokerUnavailableException> {

  private static final Logger LOG = Logger.getLogger(BrokerUnavailableMapper.class.getName());

  static final int RETRY_AFTER_SECONDS = 5;

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(BrokerUnavailableException exception) {
    // One line per failure: during an outage a stack trace per request would drown the log.
    LOG.warning(() -> exception.getMessage() + ": " + exception.getCause());
    return Problems.response(
            Problems.problem(
                Problem.BROKER_UNAVAILABLE,
                Status.SERVICE_UNAVAILABLE,
                "The message broker cannot take the command right now, so nothing was sent."
                    + " Please send the same request again in a few seconds.",
                uriInfo))
        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
        .build();
  }
}

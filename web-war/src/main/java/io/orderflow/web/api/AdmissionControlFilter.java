package io.orderflow.web.api;

import io.orderflow.web.admission.Admission;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a command while too much work waits for the services: {@code 503 Service Unavailable}
 * with {@code Retry-After} and problem details, before the body is even read, so a refusal is cheap
 * and no command is sent.
 *
 * <p>503 rather than 429: the condition is the server's (the whole platform is behind), not one
 * client exceeding its quota, and RFC 9110 pairs 503 with Retry-After for a temporary overload.
 * Every client is refused alike; resending the same request (same order id or restock id) after the
 * delay is safe. Payara closes the connection after a 503, so a refused client reconnects, at most
 * once per Retry-After.
 */
@Provider
@AdmissionControlled
@Priority(Priorities.USER)
public class AdmissionControlFilter implements ContainerRequestFilter {

  @Inject Admission admission;

  @Context UriInfo uriInfo;

  @Override
  public void filter(ContainerRequestContext request) {
    if (admission.admitsCommand()) {
      return;
    }
    request.abortWith(
        Problems.response(
                Problems.problem(
                    Problem.OVERLOADED,
                    Status.SERVICE_UNAVAILABLE,
                    "The services are working through "
                        + admission.backlog()
                        + " waiting messages, more than the bound of "
                        + admission.maxBacklog()
                        + ", so nothing was sent. Please send the same request again after "
                        + admission.retryAfterSeconds()
                        + " s.",
                    uriInfo))
            .header(HttpHeaders.RETRY_AFTER, admission.retryAfterSeconds())
            .build());
  }
}

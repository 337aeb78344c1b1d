package io.orderflow.web.api;

import io.orderflow.web.security.CallerRateLimits;
import io.orderflow.web.security.CurrentCaller;
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
import java.time.Duration;
import java.util.Optional;

/**
 * A caller over its own quota gets {@code 429 Too Many Requests} with {@code Retry-After} and
 * problem details, before anything is read or sent. Runs for every API request, before the role
 * check and admission control.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 100)
public class RateLimitFilter implements ContainerRequestFilter {

  @Inject CallerRateLimits limits;
  @Inject CurrentCaller caller;
  @Context UriInfo uriInfo;

  @Override
  public void filter(ContainerRequestContext request) {
    Optional<Duration> wait = limits.take(caller.get());
    if (wait.isEmpty()) {
      return;
    }
    long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
    request.abortWith(
        Problems.response(
                Problems.problem(
                    Problem.RATE_LIMITED,
                    Status.TOO_MANY_REQUESTS,
                    "This caller sent more requests than its limit allows; nothing was done."
                        + " Please send the same request again after "
                        + seconds
                        + " s.",
                    uriInfo))
            .header(HttpHeaders.RETRY_AFTER, seconds)
            .build());
  }
}

package io.orderflow.web.api;

import io.orderflow.web.access.application.AccountException;
import io.orderflow.web.access.application.NoSuchAccountException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An account change that cannot be made: 404 for an unknown account, else 400, saying why. */
@Provider
public class AccountExceptionMapper implements ExceptionMapper<AccountException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(AccountException exception) {
    boolean unknown = exception instanceof NoSuchAccountException;
    return Problems.response(
            Problems.problem(
                unknown ? Problem.ABOUT_BLANK : Problem.INVALID_REQUEST,
                unknown ? Status.NOT_FOUND : Status.BAD_REQUEST,
                exception.getMessage(),
                uriInfo))
        .build();
  }
}

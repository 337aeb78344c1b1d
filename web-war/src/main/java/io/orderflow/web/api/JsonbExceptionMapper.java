package io.orderflow.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A JSON-B failure that reaches us unwrapped is still an unreadable body: 400. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(JsonbException exception) {
    return Problems.response(
            Problems.problem(
                Problem.UNREADABLE_REQUEST,
                Status.BAD_REQUEST,
                UnreadableRequestMapper.DETAIL,
                uriInfo))
        .build();
  }
}

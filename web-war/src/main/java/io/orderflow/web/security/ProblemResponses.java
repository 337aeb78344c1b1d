package io.orderflow.web.security;

import io.orderflow.web.api.Problem;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * Problem details written straight to the servlet response, for refusals made before JAX-RS runs:
 * by the authentication mechanism, the body size limit and the container's own error pages.
 */
public final class ProblemResponses {

  private static final Jsonb JSON = JsonbBuilder.create();

  private ProblemResponses() {}

  public static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      URI type,
      String title,
      String detail) {
    try {
      response.resetBuffer();
      response.setStatus(status);
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      response.setHeader("Cache-Control", "no-store");
      Problem problem = new Problem(type, title, status, detail, instanceOf(request));
      response.getWriter().write(JSON.toJson(problem));
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static URI instanceOf(HttpServletRequest request) {
    Object original = request.getAttribute("jakarta.servlet.error.request_uri");
    try {
      return URI.create(original != null ? original.toString() : request.getRequestURI());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

package io.orderflow.web.security;

import io.orderflow.web.access.domain.Caller;
import io.orderflow.web.access.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The credentials of an API request: {@code Authorization: Basic} (integrators, and staff or admins
 * scripting) or {@code Authorization: Bearer} with a JWT whose subject is an integrator account.
 * The verified caller is kept on the request for the resources ({@link CurrentCaller}).
 */
@ApplicationScoped
public class ApiCredentials {

  public static final URI UNAUTHORIZED = URI.create("urn:orderflow:problem:unauthorized");
  public static final URI TOO_MANY_LOGINS = URI.create("urn:orderflow:problem:too-many-logins");
  static final String REALM = "orderflow";

  /** The role Payara's /metrics asks for. */
  static final String METRICS_READER = "microprofile";

  @Inject Authenticator authenticator;
  @Inject BearerTokens bearerTokens;

  /**
   * The API, and Payara's {@code /metrics}, which it serves inside this application (deployed at
   * the server's root) and guards with role {@code microprofile}: scrapers send HTTP Basic too.
   */
  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/") || isMetrics(path);
  }

  private static boolean isMetrics(String path) {
    return path.equals("/metrics") || path.startsWith("/metrics/");
  }

  AuthenticationStatus validate(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization == null || authorization.isBlank()) {
      return context.isProtected()
          ? unauthorized(
              request, response, "This API needs credentials: HTTP Basic or a bearer token")
          : context.doNothing();
    }
    if (startsWithIgnoringCase(authorization, "Basic ")) {
      return basic(authorization.substring(6).strip(), request, response, context);
    }
    if (startsWithIgnoringCase(authorization, "Bearer ")) {
      Optional<Caller> caller =
          bearerTokens
              .subject(authorization.substring(7).strip())
              .flatMap(authenticator::callerNamed)
              .filter(c -> c.hasRole(Role.INTEGRATOR));
      return caller.isPresent()
          ? loggedIn(caller.get(), request, context)
          : unauthorized(request, response, "The bearer token is not valid here");
    }
    return unauthorized(request, response, "Only HTTP Basic and bearer tokens are understood");
  }

  private AuthenticationStatus basic(
      String encoded,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return unauthorized(request, response, "The Basic credentials are not valid Base64");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return unauthorized(request, response, "The Basic credentials have no password");
    }
    Verdict verdict =
        authenticator.verify(
            decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray());
    if (verdict instanceof Verdict.Verified verified) {
      return loggedIn(verified.caller(), request, context);
    }
    if (verdict instanceof Verdict.Throttled throttled) {
      return tooManyLogins(request, response, throttled.retryAfter());
    }
    return unauthorized(request, response, "The user name or password is wrong");
  }

  private static AuthenticationStatus loggedIn(
      Caller caller, HttpServletRequest request, HttpMessageContext context) {
    request.setAttribute(CurrentCaller.ATTRIBUTE, caller);
    Set<String> groups = new HashSet<>(caller.roles());
    if (caller.hasRole(Role.ADMIN)) {
      groups.add(METRICS_READER); // admins may read /metrics
    }
    return context.notifyContainerAboutLogin(caller.name(), groups);
  }

  private AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpServletResponse response, String detail) {
    response.addHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
    if (bearerTokens.accepted()) {
      response.addHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\"");
    }
    ProblemResponses.write(
        request, response, 401, UNAUTHORIZED, "Authentication is needed", detail);
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus tooManyLogins(
      HttpServletRequest request, HttpServletResponse response, Duration retryAfter) {
    response.setHeader("Retry-After", String.valueOf(Math.max(1, retryAfter.toSeconds() + 1)));
    ProblemResponses.write(
        request,
        response,
        429,
        TOO_MANY_LOGINS,
        "Too many failed logins",
        "This account name had too many failed logins; it is not checked for a while");
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static boolean startsWithIgnoringCase(String text, String prefix) {
    return text.regionMatches(true, 0, prefix, 0, prefix.length());
  }
}

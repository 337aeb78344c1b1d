package io.orderflow.web.security;

import io.orderflow.web.access.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.Set;

/**
 * The one authentication mechanism of the web module, choosing by path. One mechanism because two
 * annotation-defined ones silently conflict on Payara.
 *
 * <ul>
 *   <li>{@code /api}: every request carries its credentials, HTTP Basic or a bearer token; no
 *       session is created and a portal session cookie counts for nothing (no cross-site request
 *       can ride on it). Missing or wrong credentials: {@code 401} with {@code WWW-Authenticate}
 *       and problem details.
 *   <li>Pages: a form login ({@link LoginForm} passes the typed credentials through {@code
 *       SecurityContext.authenticate}); the session keeps the caller, under a new session id. A
 *       protected page without a caller redirects to the login page.
 * </ul>
 */
@ApplicationScoped
public class WebAuthentication implements HttpAuthenticationMechanism {

  public static final String LOGIN_PAGE = "/login.xhtml";

  /** Set on the request for a login refused by the throttle, so the form can say so. */
  public static final String THROTTLED = "orderflow.login.throttled";

  @Inject Authenticator authenticator;
  @Inject ApiCredentials api;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (ApiCredentials.isApi(request)) {
      return api.validate(request, response, context);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential login) {
      return formLogin(request, login, context);
    }
    Principal sessionCaller = request.getUserPrincipal();
    if (sessionCaller != null) {
      // the caller the session registered at login, with the groups it had then
      return context.notifyContainerAboutLogin(sessionCaller, Set.of());
    }
    if (context.isProtected()) {
      return toLoginPage(request, response, context);
    }
    return context.doNothing();
  }

  private AuthenticationStatus formLogin(
      HttpServletRequest request, UsernamePasswordCredential login, HttpMessageContext context) {
    Verdict verdict = authenticator.verify(login.getCaller(), login.getPassword().getValue());
    if (verdict instanceof Verdict.Verified verified && verified.caller().actsForAnyCustomer()) {
      Caller caller = verified.caller();
      if (request.getSession(false) != null) {
        request.changeSessionId(); // a session id seen before the login is worth nothing after it
      }
      context.setRegisterSession(caller.name(), caller.roles());
      return context.notifyContainerAboutLogin(caller.name(), caller.roles());
    }
    if (verdict instanceof Verdict.Throttled throttled) {
      request.setAttribute(THROTTLED, throttled.retryAfter());
    }
    // no error page: the login form says why (integrators use the API, not the portal)
    return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
  }

  /**
   * A plain redirect for pages; for a Faces ajax request (e.g. after the session timed out) a
   * partial response that tells the page to go there, since the browser would not follow a 302.
   */
  private static AuthenticationStatus toLoginPage(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String loginPage = request.getContextPath() + LOGIN_PAGE;
    if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
      return context.redirect(loginPage);
    }
    try {
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + loginPage
                  + "\"/></partial-response>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }
}

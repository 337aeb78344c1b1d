package io.orderflow.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one authentication mechanism of the web module, choosing by path: the integrator API under
 * {@code /api} is left alone (open for now; its own scheme can join here later), portal pages use a
 * form login. One mechanism because two annotation-defined ones silently conflict on Payara.
 *
 * <p>The login page authenticates through {@code SecurityContext.authenticate} with the typed
 * credentials; a protected page without a caller redirects to it. The session keeps the caller.
 */
@ApplicationScoped
@AutoApplySession
public class PortalAuthentication implements HttpAuthenticationMechanism {

  public static final String LOGIN_PAGE = "/login.xhtml";

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isApi(request)) {
      return context.doNothing();
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      // SEND_FAILURE for wrong credentials, without an error page: the login form says why
      return context.notifyContainerAboutLogin(identityStores.validate(credential));
    }
    if (context.isProtected()) {
      return toLoginPage(request, response, context);
    }
    return context.doNothing();
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

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/");
  }
}

package io.orderflow.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import io.orderflow.web.portal.Feedback;
import io.orderflow.web.portal.UserZone;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;

/** The login page: checks the typed credentials through the portal's mechanism. */
@Named
@RequestScoped
public class LoginForm {

  public static final String HOME = "/portal/dashboard.xhtml";

  @Inject SecurityContext securityContext;
  @Inject FacesContext faces;
  @Inject Feedback feedback;
  @Inject UserZone userZone;

  @NotBlank private String username;
  @NotBlank private String password;
  private String zone;

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    switch (status) {
      case SUCCESS -> {
        userZone.use(zone);
        external.redirect(external.getRequestContextPath() + HOME);
      }
      case SEND_CONTINUE -> faces.responseComplete();
      default -> {
        if (external.getRequestMap().get(WebAuthentication.THROTTLED)
            instanceof java.time.Duration wait) {
          feedback.error("login.throttled", "login.throttled.detail", wait.toSeconds() + 1);
        } else {
          feedback.error("login.failed", "login.failed.detail");
        }
      }
    }
  }

  /** Ends the session; the next page asks for a login again. */
  public void logout() throws IOException, ServletException {
    ExternalContext external = faces.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + WebAuthentication.LOGIN_PAGE);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }
}

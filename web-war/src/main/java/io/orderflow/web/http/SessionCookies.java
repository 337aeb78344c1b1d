package io.orderflow.web.http;

import io.orderflow.web.security.Profile;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The portal's session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's
 * request carries it: set in glassfish-web.xml, which Payara honours) and, in profile prod, Secure
 * (never sent over plain HTTP).
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setSecure(Profile.current() == Profile.PROD);
  }
}

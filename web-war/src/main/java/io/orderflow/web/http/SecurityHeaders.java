package io.orderflow.web.http;

import io.orderflow.web.security.Profile;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every answer carries: a Content-Security-Policy (frame-ancestors 'none' among it), no
 * MIME sniffing, no referrer to other sites, and in profile prod HSTS. Pages may run only this
 * server's scripts and styles; PrimeFaces and Faces still need inline scripts (widget set-up, ajax
 * updates) and inline styles, so those are allowed, but nothing from another origin, no plugins, no
 * {@code <base>} and no form posting elsewhere. The API answers only JSON and is allowed nothing.
 *
 * <p>In prod a request that arrived over plain HTTP is sent to HTTPS ({@code 308}, which keeps the
 * method), so that the Secure session cookie and credentials never travel in clear.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

  static final String PAGE_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
          + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'";
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
  static final String HSTS = "max-age=31536000; includeSubDomains";
  private static final long serialVersionUID = 1L;

  private boolean prod;
  private int httpsPort;

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(config);
    prod = Profile.current() == Profile.PROD;
    httpsPort =
        org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getOptionalValue("orderflow.https-port", Integer.class)
            .orElse(8181);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (prod && !request.isSecure()) {
      response.setStatus(308);
      response.setHeader("Location", httpsUrlOf(request));
      return;
    }
    boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api");
    response.setHeader("Content-Security-Policy", api ? API_POLICY : PAGE_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    if (prod) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    chain.doFilter(request, response);
  }

  private String httpsUrlOf(HttpServletRequest request) {
    String query = request.getQueryString();
    return "https://"
        + request.getServerName()
        + ":"
        + httpsPort
        + request.getRequestURI()
        + (query == null ? "" : "?" + query);
  }
}

package io.orderflow.web.security;

import io.orderflow.web.access.domain.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * The caller of the current request: as the API's mechanism verified it, or for a portal page the
 * account of the session's user, read (and cached) by name.
 */
@RequestScoped
public class CurrentCaller {

  static final String ATTRIBUTE = Caller.class.getName();

  @Inject HttpServletRequest request;
  @Inject Authenticator authenticator;

  public Caller get() {
    if (request.getAttribute(ATTRIBUTE) instanceof Caller caller) {
      return caller;
    }
    if (request.getUserPrincipal() == null) {
      return new Caller("anonymous", Set.of(), Set.of(), null);
    }
    String name = request.getUserPrincipal().getName();
    return authenticator
        .callerNamed(name)
        .orElseGet(() -> new Caller(name, Set.of(), Set.of(), null));
  }
}

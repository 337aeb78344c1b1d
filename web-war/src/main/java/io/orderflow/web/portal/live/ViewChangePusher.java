package io.orderflow.web.portal.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import org.omnifaces.cdi.Push;
import org.omnifaces.cdi.PushContext;

/**
 * Tells every open portal page that the views are changing, on the application-wide socket channel
 * {@value #CHANNEL}. Asynchronous, so that no request thread pushes (that would add a session
 * cookie to its response).
 */
@ApplicationScoped
public class ViewChangePusher {

  public static final String CHANNEL = "views";

  @Inject
  @Push(channel = CHANNEL)
  PushContext views;

  void push(@ObservesAsync ViewChange change) {
    views.send(change.type() == null ? "changed" : change.type());
  }
}

package io.orderflow.messaging;

import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The message being handled in this delivery, if any. The request scope is active for each
 * message-driven bean delivery, so every message published while handling it names it as cause.
 */
@RequestScoped
public class MessageContext {

  private Envelope current;
  private final List<Envelope> published = new ArrayList<>();

  public void enter(Envelope envelope) {
    this.current = envelope;
    published.clear();
  }

  /** Notes a message published while handling the current one. */
  void published(Envelope envelope) {
    if (current != null) {
      published.add(envelope);
    }
  }

  /** What has been published while handling the current message, in order. */
  List<Envelope> publishedSoFar() {
    return List.copyOf(published);
  }

  public Optional<Envelope> current() {
    return Optional.ofNullable(current);
  }
}

package io.orderflow.contracts.messaging;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The message being handled in this delivery, if any. The request scope is active for each
 * message-driven bean delivery, so every message published while handling it names it as cause.
 */
@RequestScoped
public class MessageContext {

  private Envelope current;

  public void enter(Envelope envelope) {
    this.current = envelope;
  }

  public Optional<Envelope> current() {
    return Optional.ofNullable(current);
  }
}

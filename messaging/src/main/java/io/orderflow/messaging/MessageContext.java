package io.orderflow.messaging;

import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The message being handled on this thread, if any, and what its handler has staged in the {@link
 * Outbox} so far. The request scope is active for each message-driven bean delivery and for each
 * turn of a batch receiver, which enters every message of its batch in turn.
 */
@RequestScoped
public class MessageContext {

  private Envelope current;
  private final List<Envelope> staged = new ArrayList<>();

  /** The message about to be handled; what it stages names it as cause. */
  void enter(Envelope envelope) {
    current = envelope;
    staged.clear();
  }

  void leave() {
    current = null;
    staged.clear();
  }

  void stage(Envelope envelope) {
    staged.add(envelope);
  }

  /** What the current message's handler has staged, in order. */
  List<Envelope> staged() {
    return List.copyOf(staged);
  }

  public Optional<Envelope> current() {
    return Optional.ofNullable(current);
  }
}

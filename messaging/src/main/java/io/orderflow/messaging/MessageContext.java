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
  private int deliveryAttempt;
  private final List<Envelope> staged = new ArrayList<>();

  /**
   * The message about to be handled, and which delivery of it this is; what it stages names it as
   * cause.
   */
  void enter(Envelope envelope, int deliveryAttempt) {
    current = envelope;
    this.deliveryAttempt = deliveryAttempt;
    staged.clear();
  }

  void leave() {
    current = null;
    deliveryAttempt = 0;
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

  /**
   * Which delivery of the current message this is, 1 for the first, as the broker counts them
   * (JMSXDeliveryCount): a handler that waits for something by failing its delivery can tell when
   * it has waited long enough. 0 while no message is handled.
   */
  public int deliveryAttempt() {
    return deliveryAttempt;
  }
}

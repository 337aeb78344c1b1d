package io.orderflow.web.commands;

/** A command could not be handed to the broker; nothing was sent, so the caller may retry. */
public class BrokerUnavailableException extends RuntimeException {

  public BrokerUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Whether this failure, or one it wraps, comes from JMS or the resource adapter. */
  static boolean isBrokerFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof jakarta.jms.JMSRuntimeException
          || t instanceof jakarta.jms.JMSException
          || t instanceof jakarta.resource.ResourceException) {
        return true;
      }
    }
    return false;
  }
}

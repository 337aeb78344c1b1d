package io.orderflow.messaging;

/** The message cannot be understood, and retrying will not change that. */
public class UnreadableMessageException extends RuntimeException {

  public UnreadableMessageException(String message) {
    super(message);
  }

  public UnreadableMessageException(String message, Throwable cause) {
    super(message, cause);
  }
}

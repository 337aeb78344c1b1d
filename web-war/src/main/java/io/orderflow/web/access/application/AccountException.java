package io.orderflow.web.access.application;

/** A change to an account that cannot be made; its message says why, for the person asking. */
public class AccountException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccountException(String message) {
    super(message);
  }
}

package io.orderflow.web.access.application;

/** The account asked for does not exist. */
public class NoSuchAccountException extends AccountException {

  private static final long serialVersionUID = 1L;

  public NoSuchAccountException(String name) {
    super("No account named " + name);
  }
}

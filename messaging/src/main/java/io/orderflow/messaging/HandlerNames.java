package io.orderflow.messaging;

/**
 * Names the class that received a message from the handler it passed to the inbox: a method
 * reference such as {@code handler::handle} is a lambda class defined in the consumer, named {@code
 * <Consumer>$$Lambda...}.
 */
final class HandlerNames {

  private static final String LAMBDA_MARKER = "$$Lambda";

  private HandlerNames() {}

  static String of(Object handler) {
    String name = handler.getClass().getName();
    int lambda = name.indexOf(LAMBDA_MARKER);
    return lambda > 0 ? name.substring(0, lambda) : name;
  }
}

package io.orderflow.denormalizer.application;

import io.orderflow.messaging.UnreadableMessageException;

/** Checks an event carries the key its view rows need; without it no retry can help. */
final class Require {

  private Require() {}

  static <T> T present(T value, String event, String field) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      throw new UnreadableMessageException(event + " carries no " + field);
    }
    return value;
  }
}

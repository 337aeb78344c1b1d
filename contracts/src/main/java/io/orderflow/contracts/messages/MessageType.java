package io.orderflow.contracts.messages;

/**
 * The name of a message and the payload it carries. A command goes to the one queue named after it;
 * an event goes to the topic named after it.
 */
public record MessageType<P>(String name, Class<P> payloadType, Kind kind) {

  public enum Kind {
    COMMAND,
    EVENT
  }

  public static <P> MessageType<P> command(String name, Class<P> payloadType) {
    return new MessageType<>(name, payloadType, Kind.COMMAND);
  }

  public static <P> MessageType<P> event(String name, Class<P> payloadType) {
    return new MessageType<>(name, payloadType, Kind.EVENT);
  }

  public boolean isCommand() {
    return kind == Kind.COMMAND;
  }
}

package io.orderflow.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

/**
 * Payloads as JSON. One Jsonb instance for the application: it is thread-safe and costly to build.
 */
@ApplicationScoped
public class MessageCodec {

  private final Jsonb jsonb = JsonbBuilder.create();

  public String toJson(Object payload) {
    return jsonb.toJson(payload);
  }

  public <P> P fromJson(String json, Class<P> type) {
    try {
      P payload = jsonb.fromJson(json, type);
      if (payload == null) {
        throw new UnreadableMessageException("the body is empty, expected " + type.getSimpleName());
      }
      return payload;
    } catch (JsonbException e) {
      throw new UnreadableMessageException(
          "the body is not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  @PreDestroy
  void close() {
    try {
      jsonb.close();
    } catch (Exception ignored) {
      // nothing to release that the garbage collector will not
    }
  }
}

package io.orderflow.testing;

import java.util.Map;

/** A message as it lies on a dead-letter queue: its body and every property, JMS ones included. */
public record ParkedCopy(String body, Map<String, Object> properties, int deliveryCount) {

  public String property(String name) {
    Object value = properties.get(name);
    return value == null ? null : value.toString();
  }
}

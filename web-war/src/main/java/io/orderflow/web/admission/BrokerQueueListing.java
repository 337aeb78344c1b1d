package io.orderflow.web.admission;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the broker's answer to the management operation {@code listQueues} and keeps the queues
 * that hold work a service still has to do: every command queue and every service's durable
 * subscription, found by what they are rather than by name, so a new command or subscription counts
 * without a change here. Left out: temporary queues (the portal's live-update subscriptions,
 * management replies), the broker's internal queues, and the queues of the dead-letter and expiry
 * addresses, whose messages wait for a person, not for a service.
 */
final class BrokerQueueListing {

  /** Dead letters (DLA: DLQ.&lt;origin&gt;; DLQ: the broker's own) and expired messages. */
  static final Set<String> PARKING_ADDRESSES = Set.of("DLA", "DLQ", "ExpiryQueue");

  private BrokerQueueListing() {}

  /**
   * The messages waiting in each counted queue that holds any.
   *
   * @param reply the reply body: a JSON array holding the operation's result, itself a JSON text
   *     {@code {"data": [{"name": ..., "address": ..., "messageCount": ...}, ...], "count": n}}
   */
  static Map<String, Long> waitingPerQueue(String reply) {
    JsonObject listing = parse(parseArray(reply).getString(0));
    Map<String, Long> waiting = new TreeMap<>();
    for (JsonValue value : listing.getJsonArray("data")) {
      JsonObject queue = value.asJsonObject();
      long messages = number(queue, "messageCount");
      if (holdsWork(queue) && messages > 0) {
        waiting.put(text(queue, "name"), messages);
      }
    }
    return waiting;
  }

  private static boolean holdsWork(JsonObject queue) {
    return flag(queue, "durable")
        && !flag(queue, "temporary")
        && !flag(queue, "internalQueue")
        && !PARKING_ADDRESSES.contains(text(queue, "address"));
  }

  /** Artemis writes every field of the listing as a string, numbers and booleans too. */
  private static String text(JsonObject queue, String field) {
    JsonValue value = queue.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return "";
    }
    return value instanceof JsonString string ? string.getString() : value.toString();
  }

  private static boolean flag(JsonObject queue, String field) {
    return Boolean.parseBoolean(text(queue, field));
  }

  private static long number(JsonObject queue, String field) {
    String text = text(queue, field);
    return text.isEmpty() ? 0 : Long.parseLong(text);
  }

  private static JsonArray parseArray(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readArray();
    }
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}

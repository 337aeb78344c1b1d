package io.orderflow.web.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which queues count as backlog, read from a real answer: the reply body the platform's Artemis
 * 2.40 broker gave to listQueues while queue order.create was paused with three orders in it.
 */
class BrokerQueueListingTest {

  private static String recordedReply() throws IOException {
    try (InputStream in =
        BrokerQueueListingTest.class.getResourceAsStream("/artemis/listQueues-reply.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void counts_the_messages_waiting_in_command_queues_and_subscriptions() throws IOException {
    assertThat(BrokerQueueListing.waitingPerQueue(recordedReply()))
        .isEqualTo(Map.of("order.create", 3L));
  }

  @Test
  void leaves_out_dead_letters_expired_messages_temporary_and_internal_queues() {
    String reply =
        reply(
            queue("DLQ.order.create", "DLA", true, false, false, 40),
            queue("DLQ", "DLQ", true, false, false, 5),
            queue("ExpiryQueue", "ExpiryQueue", true, false, false, 6),
            queue("a1b2-live-updates", "order.created", false, true, false, 7),
            queue("$sys.mqtt.sessions", "$sys.mqtt.sessions", true, false, true, 8),
            queue("fulfillment\\\\.order\\\\.created", "order.created", true, false, false, 11),
            queue("denormalizer\\\\.stock\\\\.changed", "stock.changed", true, false, false, 0),
            queue("inventory.restock", "inventory.restock", true, false, false, 2));

    assertThat(BrokerQueueListing.waitingPerQueue(reply))
        .isEqualTo(Map.of("fulfillment\\.order\\.created", 11L, "inventory.restock", 2L));
  }

  /** As Artemis writes it: the listing is a JSON text inside a one-element array. */
  private static String reply(String... queues) {
    String listing =
        "{\"data\":[" + String.join(",", queues) + "],\"count\":" + queues.length + "}";
    return "[\"" + listing.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }

  private static String queue(
      String name,
      String address,
      boolean durable,
      boolean temporary,
      boolean internal,
      long messageCount) {
    return """
        {"name":"%s","address":"%s","durable":"%s","temporary":"%s","internalQueue":"%s",\
        "messageCount":"%d"}"""
        .formatted(name, address, durable, temporary, internal, messageCount);
  }
}

package io.orderflow.denormalizer.infrastructure.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.OrderCreated;
import io.orderflow.denormalizer.infrastructure.messaging.OrderHistory.Event;
import io.orderflow.messaging.JmsEnvelopes;
import io.orderflow.testing.RealInfrastructure;
import io.orderflow.testing.ServiceArchive;
import io.orderflow.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The denormalizer applies {@code order.created} and {@code order.fulfilled} many to a transaction,
 * and one event that always fails takes none of the others down with it.
 */
@ExtendWith(RealInfrastructure.class)
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ViewBatchesIT extends DeployedDenormalizer {

  /** varchar(64) in views.order_summary_line: the database refuses it at every attempt. */
  private static final String SKU_TOO_LONG = "X".repeat(100);

  @Deployment(testable = false)
  static WebArchive denormalizer() {
    return ServiceArchive.ofThisModule("denormalizer");
  }

  @Test
  @Order(1)
  void events_waiting_together_are_applied_in_fewer_transactions_than_events() {
    List<Event<OrderCreated>> events = createdEvents("batch", 50);

    publisher.publishTogether(events);

    List<UUID> ids = messageIds(events);
    await().atMost(WAIT).until(() -> Views.processed(ids) == ids.size());
    // processed_at is now(), the start of the transaction that recorded the message
    long transactions =
        TestDatabase.count(
            "select count(distinct processed_at) from views.processed_message"
                + " where message_id = any(cast(? as uuid[]))",
            asArray(ids));
    assertThat(transactions).isLessThan(ids.size() / 5);
  }

  /**
   * Runs last: after the failure the receiver takes one message per transaction until the failed
   * message is back and applied, or the quarantine has passed, which a parked one never is.
   */
  @Test
  @Order(2)
  void an_event_that_always_fails_is_parked_alone_and_the_events_received_with_it_are_applied() {
    List<Event<OrderCreated>> events = new ArrayList<>(createdEvents("innocent", 20));
    Event<OrderCreated> poison = new OrderHistory("poison", SKU_TOO_LONG).created();
    events.add(10, poison);

    publisher.publishTogether(events);

    await().atMost(WAIT).until(() -> parkedMessageIds().contains(poison.messageId().toString()));
    List<UUID> innocent =
        messageIds(events).stream().filter(id -> !id.equals(poison.messageId())).toList();
    await().atMost(WAIT).until(() -> Views.processed(innocent) == innocent.size());
    assertThat(Views.processed(List.of(poison.messageId()))).isZero();
    assertThat(parkedMessageIds())
        .as("none of the events that shared its first batch")
        .doesNotContainAnyElementsOf(innocent.stream().map(UUID::toString).toList());
    innocent.forEach(
        id ->
            assertThat(Views.summaryOf(orderOf(events, id)))
                .hasValueSatisfying(summary -> assertThat(summary.status()).isEqualTo("CREATED")));
  }

  private static List<Event<OrderCreated>> createdEvents(String customer, int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> new OrderHistory(customer + "-" + i).created())
        .collect(Collectors.toList());
  }

  private List<String> parkedMessageIds() {
    return messaging.parkedFrom(MessageTypes.ORDER_CREATED.name()).stream()
        .map(copy -> copy.property(JmsEnvelopes.MESSAGE_ID))
        .toList();
  }

  private static UUID orderOf(List<Event<OrderCreated>> events, UUID messageId) {
    return events.stream()
        .filter(event -> event.messageId().equals(messageId))
        .findFirst()
        .orElseThrow()
        .orderId();
  }

  private static List<UUID> messageIds(List<? extends Event<?>> events) {
    return events.stream().map(Event::messageId).toList();
  }

  private static String asArray(List<UUID> ids) {
    return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
  }
}

package io.orderflow.denormalizer.infrastructure.messaging;

import static io.orderflow.testing.TestDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderflow.contracts.messages.MessageFailed;
import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.messaging.Envelope;
import io.orderflow.testing.RealInfrastructure;
import io.orderflow.testing.ServiceArchive;
import io.orderflow.testing.TestDatabase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The denormalizer projects every {@code message.failed} event into views.message_failure. */
@ExtendWith(RealInfrastructure.class)
@ExtendWith(ArquillianExtension.class)
class MessageFailuresIT extends DeployedDenormalizer {

  @Deployment(testable = false)
  static WebArchive denormalizer() {
    return ServiceArchive.ofThisModule("denormalizer-failures");
  }

  @Test
  void a_failed_delivery_is_recorded_once_however_often_its_event_arrives() {
    String failedId = UUID.randomUUID().toString();
    Instant failedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    MessageFailed failed =
        new MessageFailed(
            failedId,
            "order.create",
            "order.create",
            "io.orderflow.order.infrastructure.messaging.CreateOrderConsumer",
            2,
            "jakarta.persistence.PersistenceException",
            "value too long for type character varying(100)",
            failedAt,
            failedId,
            false);
    Envelope event =
        messaging.envelope(MessageTypes.MESSAGE_FAILED, failedId, failed, UUID.randomUUID());
    messaging.send(event);
    messaging.sendCopyTheBrokerCannotRecognise(event);

    await().atMost(WAIT).until(() -> failuresOf(failedId) == 1);
    subscriptions.awaitDrained(WAIT);

    assertThat(failuresOf(failedId)).isOne();
    Map<String, Object> row =
        TestDatabase.query("select * from views.message_failure where message_id = ?", failedId)
            .get(0);
    assertThat(row)
        .containsEntry("failure_id", event.messageId())
        .containsEntry("type", "order.create")
        .containsEntry("origin", "order.create")
        .containsEntry("attempt", 2)
        .containsEntry("exception_class", "jakarta.persistence.PersistenceException")
        .containsEntry("correlation_id", failedId)
        .containsEntry("parked", false);
    assertThat(((java.sql.Timestamp) row.get("failed_at")).toInstant()).isEqualTo(failedAt);
  }

  @Test
  void each_attempt_of_a_message_is_a_row_of_its_own() {
    String failedId = UUID.randomUUID().toString();
    for (int attempt = 1; attempt <= 3; attempt++) {
      messaging.send(
          MessageTypes.MESSAGE_FAILED,
          failedId,
          new MessageFailed(
              failedId,
              "order.created",
              "order.created",
              "io.orderflow.fulfillment.infrastructure.messaging.OrderCreatedConsumer",
              attempt,
              "java.lang.IllegalStateException",
              "boom " + attempt,
              Instant.now(),
              null,
              false));
    }

    await().atMost(WAIT).until(() -> failuresOf(failedId) == 3);
  }

  private static long failuresOf(String messageId) {
    return count("select count(*) from views.message_failure where message_id = ?", messageId);
  }
}

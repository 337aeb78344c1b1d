package io.orderflow.denormalizer.application;

import io.orderflow.contracts.messages.MessageFailed;
import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.denormalizer.domain.MessageFailure;
import io.orderflow.denormalizer.domain.MessageFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Projects {@code message.failed}: one row per failed delivery, keyed by the event's id. */
@ApplicationScoped
public class MessageFailedHandler {

  @Inject MessageFailures failures;
  @Inject HandledEvent event;

  public void handle(MessageFailed failed) {
    String type = MessageTypes.MESSAGE_FAILED.name();
    failures.record(
        new MessageFailure(
            event.messageId(),
            Require.present(failed.messageId(), type, "messageId"),
            failed.type(),
            failed.origin(),
            Require.present(failed.handler(), type, "handler"),
            failed.attempt(),
            Require.present(failed.exceptionClass(), type, "exceptionClass"),
            failed.exceptionMessage(),
            Require.present(failed.failedAt(), type, "failedAt"),
            failed.correlationId(),
            failed.parked()));
  }
}

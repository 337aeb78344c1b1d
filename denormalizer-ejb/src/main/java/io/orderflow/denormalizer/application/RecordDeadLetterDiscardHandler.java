package io.orderflow.denormalizer.application;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.RecordDeadLetterDiscard;
import io.orderflow.denormalizer.domain.DeadLetterAudit;
import io.orderflow.denormalizer.domain.DeadLetterDiscard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Handles {@code dead-letter.record-discard}: the web module may not write to the database, so it
 * sends this command, in the transaction that discards the message, to the owner of the views.
 */
@ApplicationScoped
public class RecordDeadLetterDiscardHandler {

  @Inject DeadLetterAudit audit;
  @Inject HandledEvent command;

  public void handle(RecordDeadLetterDiscard discard) {
    String type = MessageTypes.DEAD_LETTER_RECORD_DISCARD.name();
    audit.record(
        new DeadLetterDiscard(
            command.messageId(),
            Require.present(discard.messageId(), type, "messageId"),
            discard.type(),
            discard.origin(),
            discard.correlationId(),
            discard.body(),
            discard.discardedBy(),
            Require.present(discard.discardedAt(), type, "discardedAt")));
  }
}

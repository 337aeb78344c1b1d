package io.orderflow.web.api.admin;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.RecordDeadLetterDiscard;
import io.orderflow.messaging.ParkedMessage;
import io.orderflow.messaging.ParkedMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Discards a parked message and has the discard audited, in one broker transaction: the web may not
 * write the views, so it sends {@code dead-letter.record-discard} to the denormalizer, which owns
 * the audit table. Either the message is gone and the command sent, or neither.
 */
@ApplicationScoped
public class DeadLetterDiscards {

  @Inject ParkedMessages parked;

  public Optional<ParkedMessage> discard(String messageId, String discardedBy) {
    return parked.discard(
        messageId,
        MessageTypes.DEAD_LETTER_RECORD_DISCARD,
        message ->
            new RecordDeadLetterDiscard(
                message.messageId(),
                message.type(),
                message.origin(),
                message.correlationId(),
                message.body(),
                discardedBy,
                Instant.now()));
  }
}

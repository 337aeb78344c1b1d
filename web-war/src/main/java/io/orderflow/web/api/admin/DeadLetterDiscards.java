package io.orderflow.web.api.admin;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.RecordDeadLetterDiscard;
import io.orderflow.messaging.MessageSender;
import io.orderflow.messaging.ParkedMessage;
import io.orderflow.messaging.ParkedMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * Discards a parked message and has the discard audited, in one transaction: the web may not write
 * to the database, so it sends {@code dead-letter.record-discard} to the denormalizer, which owns
 * the audit table. Either the message is gone and the command sent, or neither.
 */
@ApplicationScoped
public class DeadLetterDiscards {

  @Inject ParkedMessages parked;
  @Inject MessageSender messages;

  @Transactional
  public Optional<ParkedMessage> discard(String messageId, String discardedBy) {
    Optional<ParkedMessage> discarded = parked.discard(messageId);
    discarded.ifPresent(
        message ->
            messages.send(
                MessageTypes.DEAD_LETTER_RECORD_DISCARD,
                message.messageId(),
                new RecordDeadLetterDiscard(
                    message.messageId(),
                    message.type(),
                    message.origin(),
                    message.correlationId(),
                    message.body(),
                    discardedBy,
                    Instant.now())));
    return discarded;
  }
}

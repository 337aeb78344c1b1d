package io.orderflow.contracts.messages;

import java.time.Instant;

/**
 * Command {@code dead-letter.record-discard}: an admin discarded a parked message; keep that in the
 * audit trail. Sent in the same transaction that takes the message off its dead-letter queue, so a
 * discard is never unrecorded. The denormalizer, which owns the admin views, records it.
 */
public record RecordDeadLetterDiscard(
    String messageId,
    String type,
    String origin,
    String correlationId,
    String body,
    String discardedBy,
    Instant discardedAt) {}

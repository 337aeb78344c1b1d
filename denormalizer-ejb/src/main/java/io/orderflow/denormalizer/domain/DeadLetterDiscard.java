package io.orderflow.denormalizer.domain;

import java.time.Instant;
import java.util.UUID;

/** A parked message an admin discarded, as the audit trail keeps it. */
public record DeadLetterDiscard(
    UUID auditId,
    String messageId,
    String type,
    String origin,
    String correlationId,
    String body,
    String discardedBy,
    Instant discardedAt) {}

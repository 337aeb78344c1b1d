package io.orderflow.denormalizer.domain;

import java.time.Instant;
import java.util.UUID;

/** One failed delivery of a message, as the admin views show it. */
public record MessageFailure(
    UUID failureId,
    String messageId,
    String type,
    String origin,
    String handler,
    int attempt,
    String exceptionClass,
    String exceptionMessage,
    Instant failedAt,
    String correlationId,
    boolean parked) {}

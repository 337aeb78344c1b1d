package io.orderflow.denormalizer.domain;

import java.time.Instant;
import java.util.UUID;

/** One event about an order, as the order's timeline lists it. */
public record TimelineEntry(
    UUID messageId,
    UUID orderId,
    String type,
    Instant occurredAt,
    UUID correlationId,
    UUID causationId,
    String detail) {}

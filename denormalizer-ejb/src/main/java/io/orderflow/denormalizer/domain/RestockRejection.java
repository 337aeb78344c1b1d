package io.orderflow.denormalizer.domain;

import java.time.Instant;
import java.util.UUID;

/** A restock that added nothing, as the admin views show it. */
public record RestockRejection(
    UUID restockId,
    String sku,
    int quantity,
    String reason,
    UUID correlationId,
    Instant rejectedAt) {}

package io.orderflow.messaging;

import java.time.Instant;

/**
 * A message on a dead-letter queue, as an admin inspects it.
 *
 * @param origin the address it was parked from: a command queue or an event topic
 * @param originQueue the queue it was consumed from, when known (an event's subscription)
 * @param reason why a service parked it at once; null when the broker parked it after its last
 *     attempt (the recorded attempts say why)
 * @param parkedAt when a service parked it; null when the broker did
 */
public record ParkedMessage(
    String messageId,
    String type,
    String origin,
    String originQueue,
    String correlationId,
    String reason,
    String handler,
    Instant parkedAt,
    String body) {}

package io.orderflow.contracts.messages;

import java.time.Instant;

/**
 * Event {@code message.failed}, published by the platform's messaging plumbing (not by a service's
 * domain): one delivery of a message could not be handled. Recorded outside the handler's
 * rolled-back transaction, once per failed attempt, so that a person can see why a message was
 * retried or parked.
 *
 * <p>Ids are strings: a message too broken to read may carry no valid UUID.
 *
 * @param messageId the failed message's {@code messageId}, or its JMS message id if it has none
 * @param type the failed message's {@code type} property, as sent (may be unknown or null)
 * @param origin the address it was consumed from: a command queue or an event topic
 * @param handler the class that received it (the service's consumer)
 * @param attempt the delivery that failed, 1 for the first (JMSXDeliveryCount)
 * @param parked true when the message was moved to the dead-letter queue at once, because no retry
 *     can help (it cannot be read, or its type is not the one expected)
 */
public record MessageFailed(
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

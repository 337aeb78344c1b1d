package io.orderflow.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * What travels with every message besides its payload, so that one request can be traced through
 * all services: the correlation id is the first command's id; the causation id is the id of the
 * message that caused this one.
 */
public record Envelope(
    String type,
    UUID messageId,
    UUID correlationId,
    UUID causationId,
    Instant occurredAt,
    int schemaVersion,
    String groupId,
    String body) {

  public static final int SCHEMA_VERSION = 1;

  /** The first message of a request: it correlates with, and is caused by, itself. */
  static Envelope first(String type, UUID messageId, String groupId, String body) {
    return new Envelope(
        type, messageId, messageId, messageId, Instant.now(), SCHEMA_VERSION, groupId, body);
  }

  /** A message caused by this one: it keeps the correlation and names this one as its cause. */
  Envelope causes(String type, UUID messageId, String groupId, String body) {
    return new Envelope(
        type,
        messageId,
        correlationId,
        this.messageId,
        Instant.now(),
        SCHEMA_VERSION,
        groupId,
        body);
  }
}

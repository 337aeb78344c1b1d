package io.orderflow.messaging;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * A service's record of the messages it has processed, table {@code processed_message} in its own
 * schema, written in the handler's transaction: the id of each message, and what handling it
 * published.
 */
final class ProcessedMessages {

  private final EntityManager entityManager;
  private final MessageCodec codec;

  ProcessedMessages(EntityManager entityManager, MessageCodec codec) {
    this.entityManager = entityManager;
    this.codec = codec;
  }

  /**
   * Records the message as processed; false if it was already. A single insert that does nothing
   * for a known id: no read-then-write race between copies delivered at once.
   */
  boolean recordFirstDelivery(Envelope envelope) {
    int inserted =
        entityManager
            .createNativeQuery(
                "insert into processed_message (message_id, type, correlation_id, processed_at)"
                    + " values (?1, ?2, ?3, now()) on conflict (message_id) do nothing")
            .setParameter(1, envelope.messageId())
            .setParameter(2, envelope.type())
            .setParameter(3, envelope.correlationId())
            .executeUpdate();
    return inserted == 1;
  }

  void recordPublished(Envelope envelope, List<Envelope> published) {
    if (published.isEmpty()) {
      return;
    }
    entityManager
        .createNativeQuery("update processed_message set published = ?1 where message_id = ?2")
        .setParameter(1, codec.toJson(published.toArray(Envelope[]::new)))
        .setParameter(2, envelope.messageId())
        .executeUpdate();
  }

  /** What handling the message published, in order; nothing if it published nothing. */
  List<Envelope> publishedBy(Envelope envelope) {
    List<?> rows =
        entityManager
            .createNativeQuery("select published from processed_message where message_id = ?1")
            .setParameter(1, envelope.messageId())
            .getResultList();
    if (rows.isEmpty() || rows.get(0) == null) {
      return List.of();
    }
    return List.of(codec.fromJson((String) rows.get(0), Envelope[].class));
  }

  /** Forgets the message, so that a later delivery of it is handled. */
  void forget(Envelope envelope) {
    entityManager
        .createNativeQuery("delete from processed_message where message_id = ?1")
        .setParameter(1, envelope.messageId())
        .executeUpdate();
  }
}

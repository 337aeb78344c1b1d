package io.orderflow.messaging;

import io.orderflow.messaging.ProcessedMessages.Processed;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * What one database transaction of the {@link Inbox} does for its deliveries: each message not
 * processed before is handled once, and recorded with what its handler staged; a message processed
 * before is not handled again, and what it staged is published again under the same ids; a message
 * its handler cannot read is left to be parked, unrecorded.
 */
final class Handling {

  private static final Logger LOG = Logger.getLogger(Handling.class.getName());

  private final MessageContext context;
  private final MessageCodec codec;

  Handling(MessageContext context, MessageCodec codec) {
    this.context = context;
    this.codec = codec;
  }

  /** Inside the transaction: the handlers' work, their processed records, what they staged. */
  <P> Handled apply(
      List<Delivery<P>> deliveries, Consumer<P> handler, DatabaseTransaction database) {
    ProcessedMessages processed = new ProcessedMessages(database.connection(), codec);
    Map<UUID, List<Envelope>> before = sql(() -> processed.processedBefore(idsOf(deliveries)));
    Set<UUID> handledNow = new HashSet<>();
    List<Processed> handled = new ArrayList<>();
    List<Envelope> toPublish = new ArrayList<>();
    List<Delivery<?>> parked = new ArrayList<>();
    for (Delivery<P> delivery : deliveries) {
      Envelope envelope = delivery.envelope();
      List<Envelope> publishedBefore = before.get(envelope.messageId());
      if (publishedBefore != null) {
        LOG.info(() -> republishing(envelope, publishedBefore));
        toPublish.addAll(publishedBefore);
      } else if (handledNow.add(envelope.messageId())) {
        try {
          List<Envelope> staged = handle(delivery, handler);
          handled.add(new Processed(envelope, staged));
          toPublish.addAll(staged);
        } catch (UnreadableMessageException e) {
          // parked, not processed: a replay after a fix is handled
          handledNow.remove(envelope.messageId());
          parked.add(delivery.unreadable(e.getMessage()));
        }
      }
    }
    flush(database, deliveries);
    if (!sql(() -> processed.record(handled))) {
      throw new PersistenceException(
          "a message of this batch was processed by another transaction meanwhile");
    }
    return new Handled(toPublish, parked);
  }

  private <P> List<Envelope> handle(Delivery<P> delivery, Consumer<P> handler) {
    context.enter(delivery.envelope(), delivery.facts().attempt());
    try {
      handler.accept(delivery.payload());
      return context.staged();
    } catch (UnreadableMessageException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new DeliveryFailed(delivery.facts(), e);
    } finally {
      context.leave();
    }
  }

  /**
   * The handlers' writes, once per transaction, so that a batch's inserts share round trips. A
   * database error here belongs to the message when it is alone in its transaction; in a batch it
   * belongs to none, and the batch receiver finds the culprit by taking one message at a time.
   */
  private static void flush(DatabaseTransaction database, List<? extends Delivery<?>> deliveries) {
    try {
      database.flushWrites();
    } catch (RuntimeException e) {
      if (deliveries.size() == 1) {
        throw new DeliveryFailed(deliveries.get(0).facts(), e);
      }
      throw e;
    }
  }

  private static String republishing(Envelope envelope, List<Envelope> published) {
    return envelope.type()
        + " "
        + envelope.messageId()
        + " was processed before; publishing again the "
        + published.size()
        + " message(s) it caused";
  }

  private static List<UUID> idsOf(List<? extends Delivery<?>> deliveries) {
    return deliveries.stream().map(d -> d.envelope().messageId()).toList();
  }

  private interface SqlWork<T> {
    T run() throws SQLException;
  }

  private static <T> T sql(SqlWork<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw new PersistenceException(e.getMessage(), e);
    }
  }

  /** What a transaction leaves to do after its commit: messages to publish, and to park. */
  record Handled(List<Envelope> toPublish, List<Delivery<?>> parked) {}
}

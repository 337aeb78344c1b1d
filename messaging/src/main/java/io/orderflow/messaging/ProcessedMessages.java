package io.orderflow.messaging;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A service's record of the messages it has processed, table {@code processed_message} in its own
 * schema, written in the handler's transaction: the id of each message, and what handling it
 * published. One statement reads a whole batch's earlier records and one writes its new ones.
 */
final class ProcessedMessages {

  private final Connection connection;
  private final MessageCodec codec;

  /**
   * @param connection the handler's transaction's connection
   */
  ProcessedMessages(Connection connection, MessageCodec codec) {
    this.connection = connection;
    this.codec = codec;
  }

  /** What each of these messages published when it was processed, for those processed before. */
  Map<UUID, List<Envelope>> processedBefore(Collection<UUID> messageIds) throws SQLException {
    Map<UUID, List<Envelope>> found = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select message_id, published from processed_message where message_id = any (?)")) {
      select.setArray(1, uuids(messageIds));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          String published = rows.getString(2);
          found.put(
              rows.getObject(1, UUID.class),
              published == null ? List.of() : List.of(codec.fromJson(published, Envelope[].class)));
        }
      }
    }
    return found;
  }

  /**
   * Records the messages as processed, each with what it published. False if another transaction
   * recorded one of them since {@link #processedBefore} looked: a copy handled at the same time
   * elsewhere, whose effects this transaction must not add to (it waits for the other's commit on
   * the primary key, then finds the row there).
   */
  boolean record(List<Processed> processed) throws SQLException {
    if (processed.isEmpty()) {
      return true;
    }
    int n = processed.size();
    Object[] ids = new Object[n];
    Object[] types = new Object[n];
    Object[] correlations = new Object[n];
    Object[] published = new Object[n];
    for (int i = 0; i < n; i++) {
      Processed p = processed.get(i);
      ids[i] = p.envelope().messageId();
      types[i] = p.envelope().type();
      correlations[i] = p.envelope().correlationId();
      published[i] =
          p.published().isEmpty() ? null : codec.toJson(p.published().toArray(Envelope[]::new));
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into processed_message (message_id, type, correlation_id, processed_at,"
                + " published) select m.id, m.type, m.correlation_id, now(), m.published from"
                + " unnest(?, ?, ?, ?) as m(id, type, correlation_id, published)"
                + " on conflict (message_id) do nothing")) {
      insert.setArray(1, connection.createArrayOf("uuid", ids));
      insert.setArray(2, connection.createArrayOf("text", types));
      insert.setArray(3, connection.createArrayOf("uuid", correlations));
      insert.setArray(4, connection.createArrayOf("text", published));
      return insert.executeUpdate() == n;
    }
  }

  private Array uuids(Collection<UUID> ids) throws SQLException {
    return connection.createArrayOf("uuid", new HashSet<>(ids).toArray());
  }

  /** A message handled in this transaction, and what its handler staged. */
  record Processed(Envelope envelope, List<Envelope> published) {}
}

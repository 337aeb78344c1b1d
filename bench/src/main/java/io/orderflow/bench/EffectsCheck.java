package io.orderflow.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Correctness of a run, from the services' own tables: every accepted order is final in the views,
 * and each service holds exactly one effect per order (stock was made plentiful, so each order is
 * fulfilled and has one shipment).
 */
public final class EffectsCheck {

  /** The tables holding one row per order, one per service (see each module's db/ migrations). */
  static final List<String> ONE_ROW_PER_ORDER =
      List.of("orders.customer_order", "fulfillment.shipment", "views.order_summary");

  /** Rows of a table for the run's orders, and how many distinct orders they belong to. */
  public record TableCount(String table, long rows, long orders) {}

  /** What the check found. */
  public record Result(long accepted, long finalInViews, long fulfilled, List<TableCount> tables) {

    public boolean passed() {
      return finalInViews == accepted
          && tables.stream().allMatch(t -> t.rows() == accepted && t.orders() == accepted);
    }

    String describe() {
      StringBuilder text =
          new StringBuilder(
              "%s: %,d accepted, %,d final in views.order_summary (%,d FULFILLED)"
                  .formatted(passed() ? "PASSED" : "FAILED", accepted, finalInViews, fulfilled));
      for (TableCount table : tables) {
        text.append(
            "%n    %-24s %,9d rows for %,9d orders (want %,d, one each)"
                .formatted(table.table(), table.rows(), table.orders(), accepted));
      }
      return text.toString();
    }
  }

  private EffectsCheck() {}

  static Result run(Connection db, Collection<UUID> acceptedOrders) throws SQLException {
    Object[] ids = acceptedOrders.toArray();
    List<Long> views =
        numbers(
            db,
            "select count(*) filter (where final_at is not null),"
                + " count(*) filter (where status = 'FULFILLED')"
                + " from views.order_summary where order_id = any(?)",
            ids);
    List<TableCount> tables = new ArrayList<>();
    for (String table : ONE_ROW_PER_ORDER) {
      List<Long> counts =
          numbers(
              db,
              "select count(*), count(distinct order_id) from "
                  + table
                  + " where order_id = any(?)",
              ids);
      tables.add(new TableCount(table, counts.get(0), counts.get(1)));
    }
    return new Result(acceptedOrders.size(), views.get(0), views.get(1), tables);
  }

  private static List<Long> numbers(Connection db, String sql, Object[] ids) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setArray(1, db.createArrayOf("uuid", ids));
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        List<Long> values = new ArrayList<>();
        for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
          values.add(row.getLong(column));
        }
        return values;
      }
    }
  }
}

package io.orderflow.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PostgreSQL database the in-container tests run against: {@code orderflow_test} unless {@code
 * orderflow.test.db.name} names another (two checkouts testing at once), with one schema per
 * service, apart from the database a running platform uses.
 */
public final class TestDatabase {

  public static final String HOST = System.getProperty("orderflow.test.db.host", "127.0.0.1");
  public static final String NAME = System.getProperty("orderflow.test.db.name", "orderflow_test");
  public static final String USER = System.getProperty("orderflow.test.db.user", "postgres");
  public static final String PORT = System.getProperty("orderflow.test.db.port", "5432");
  private static final String SERVER_URL = "jdbc:postgresql://" + HOST + ":" + PORT + "/";

  private TestDatabase() {}

  public static synchronized void ensureExists() throws SQLException {
    try (Connection admin = DriverManager.getConnection(SERVER_URL + "postgres", USER, "")) {
      boolean exists;
      try (PreparedStatement find =
          admin.prepareStatement("select 1 from pg_database where datname = ?")) {
        find.setString(1, NAME);
        try (ResultSet rows = find.executeQuery()) {
          exists = rows.next();
        }
      }
      if (!exists) {
        admin.createStatement().execute("create database " + NAME);
      }
    }
    try (Connection db = connect()) {
      for (String schema : List.of("orders", "fulfillment", "views")) {
        db.createStatement().execute("create schema if not exists " + schema);
      }
    }
  }

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(SERVER_URL + NAME, USER, "");
  }

  /** Rows as column-name maps, for assertions. */
  public static List<Map<String, Object>> query(String sql, Object... parameters) {
    try (Connection db = connect();
        PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        ResultSetMetaData meta = rows.getMetaData();
        List<Map<String, Object>> result = new ArrayList<>();
        while (rows.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 1; c <= meta.getColumnCount(); c++) {
            row.put(meta.getColumnLabel(c), rows.getObject(c));
          }
          result.add(row);
        }
        return result;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("query failed: " + sql, e);
    }
  }

  /** The single number a counting query returns. */
  public static long count(String sql, Object... parameters) {
    Object value = query(sql, parameters).get(0).values().iterator().next();
    return ((Number) value).longValue();
  }

  /** For arranging state the service reads but does not own in a test (e.g. its catalog). */
  public static int update(String sql, Object... parameters) {
    try (Connection db = connect();
        PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("update failed: " + sql, e);
    }
  }
}

package io.orderflow.system;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The platform as a user reaches it: the HTTP API, and, for checks no API exposes, the database
 * each service owns (read-only here).
 */
final class Platform {

  static final String BASE_URL = System.getProperty("orderflow.url", "http://localhost:8080");
  private static final String DB_URL =
      System.getProperty("orderflow.db.url", "jdbc:postgresql://127.0.0.1:5432/orderflow");
  private static final String DB_USER = System.getProperty("orderflow.db.user", "orderflow");
  private static final String DB_PASSWORD =
      System.getProperty("orderflow.db.password", "orderflow");

  private Platform() {}

  static RequestSpecification api() {
    return RestAssured.given().baseUri(BASE_URL).basePath("/api").contentType(ContentType.JSON);
  }

  /** One number from the database, e.g. a count. */
  static long number(String sql, Object... parameters) {
    List<Object> row = firstRow(sql, parameters);
    return row.get(0) == null ? 0 : ((Number) row.get(0)).longValue();
  }

  static List<Object> firstRow(String sql, Object... parameters) {
    try (Connection db = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
        PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        List<Object> values = new ArrayList<>();
        for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
          values.add(rows.getObject(c));
        }
        return values;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("query failed: " + sql, e);
    }
  }
}

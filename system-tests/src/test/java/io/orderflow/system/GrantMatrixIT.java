package io.orderflow.system;

import static io.orderflow.system.Platform.setting;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every PostgreSQL role of the platform against every schema, with real statements over JDBC, in
 * the database {@code ./orderflow start} set up (server-config/postgres/create-schemas.sql): what
 * {@link #MATRIX} allows succeeds, everything else is refused with SQLSTATE 42501 (insufficient
 * privilege). Statements that change data run in transactions rolled back at once, and those that
 * would write match no row.
 *
 * <p>Before the run each schema's owner creates a probe table with an identity column, as a later
 * migration would: the matrix holds for it too, which proves the owners' default privileges.
 */
class GrantMatrixIT {

  /**
   * What each role may do in each schema, and in the database itself (README.md, Security). Roles
   * are named after ORDERFLOW_DB_USER: {@code <db>} is that role, {@code _order} is {@code
   * <db>_order}.
   *
   * <ul>
   *   <li>{@code -}: nothing, not even reading;
   *   <li>{@code read}: SELECT; no INSERT, UPDATE, DELETE, sequence or DDL;
   *   <li>{@code write}: SELECT, INSERT, UPDATE, DELETE, sequences; no DDL (CREATE, ALTER, DROP,
   *       TRUNCATE);
   *   <li>{@code own}: all of it, DDL included (the schema's owner, for its migrations);
   *   <li>database {@code create}: may create schemas, temporary tables and tables in {@code
   *       public}.
   * </ul>
   */
  static final String MATRIX =
      """
      role                 orders  fulfillment  views  access  database
      <db>                 read    read         read   -       create
      _order               write   -            -      -       -
      _fulfillment         -       write        -      -       -
      _denormalizer        -       -            write  -       -
      _web                 -       -            read   write   -
      _orders_owner        own     -            -      -       -
      _fulfillment_owner   -       own          -      -       -
      _views_owner         -       -            own    -       -
      _access_owner        -       -            -      own     -
      """;

  private static final String URL = Platform.DB_URL;
  private static final String PREFIX = setting("ORDERFLOW_DB_USER", "orderflow");
  private static final String PROBE = "grant_matrix_probe";
  private static final String HISTORY = "flyway_schema_history";
  private static final String INSUFFICIENT_PRIVILEGE = "42501";

  private static final List<String> SCHEMAS = List.of("orders", "fulfillment", "views", "access");

  private final List<String> mismatches = new ArrayList<>();
  private int checked;

  @BeforeAll
  static void eachOwnerCreatesATableAsALaterMigrationWould() throws SQLException {
    dropProbes();
    for (String schema : SCHEMAS) {
      try (Connection owner = connect(ownerOf(schema));
          Statement statement = owner.createStatement()) {
        statement.execute(
            "create table %s.%s (id bigint generated always as identity primary key, note text)"
                .formatted(schema, PROBE));
      }
    }
  }

  @AfterAll
  static void dropProbes() throws SQLException {
    for (String schema : SCHEMAS) {
      try (Connection owner = connect(ownerOf(schema));
          Statement statement = owner.createStatement()) {
        statement.execute("drop table if exists %s.%s".formatted(schema, PROBE));
      }
    }
  }

  @Test
  void every_role_can_do_in_every_schema_what_the_matrix_says_and_nothing_more()
      throws SQLException {
    for (Map.Entry<String, Map<String, String>> row : matrix().entrySet()) {
      String role = row.getKey();
      try (Connection db = connect(role)) {
        db.setAutoCommit(false);
        for (String schema : SCHEMAS) {
          checkSchema(db, role, schema, row.getValue().get(schema));
        }
        boolean creates = row.getValue().get("database").equals("create");
        for (String ddl :
            List.of(
                "create schema grant_matrix_schema",
                "create table public.grant_matrix_table (id int)",
                "create temporary table grant_matrix_temp (id int)")) {
          expect(db, role, "database " + (creates ? "create" : "-"), ddl, creates);
        }
      }
    }

    assertThat(mismatches)
        .as("statements (of %d) whose outcome differs from GrantMatrixIT.MATRIX", checked)
        .isEmpty();
    assertThat(checked).as("statements checked").isGreaterThan(500);
  }

  /** Every table and sequence of the schema, and creating a table in it. */
  private void checkSchema(Connection db, String role, String schema, String schemaGrant)
      throws SQLException {
    List<String> tables = relations(db, schema, "r");
    assertThat(tables)
        .as("tables of schema %s (migrated by ./orderflow start), with the probe", schema)
        .contains(PROBE)
        .hasSizeGreaterThan(2);
    for (String table : tables) {
      // Flyway's history is the migrations' own record: the owner's alone
      String grant = table.equals(HISTORY) && !schemaGrant.equals("own") ? "-" : schemaGrant;
      String name = schema + "." + table;
      String column = firstColumn(db, schema, table);
      expect(db, role, grant, "select * from " + name + " limit 1", !grant.equals("-"));
      boolean writes = grant.equals("write") || grant.equals("own");
      expect(
          db,
          role,
          grant,
          "insert into %1$s (%2$s) select %2$s from %1$s where false".formatted(name, column),
          writes);
      expect(
          db, role, grant, "update %s set %s = null where false".formatted(name, column), writes);
      expect(db, role, grant, "delete from %s where false".formatted(name), writes);
      boolean owns = grant.equals("own");
      if (owns && !table.equals(PROBE)) {
        continue; // the owner's DDL on a live table would lock it; its probe proves the right
      }
      expect(db, role, grant, "alter table %s add column probe int".formatted(name), owns);
      expect(db, role, grant, "truncate " + name, owns);
      expect(db, role, grant, "drop table " + name, owns);
    }
    boolean uses = schemaGrant.equals("write") || schemaGrant.equals("own");
    for (String sequence : relations(db, schema, "S")) {
      String name = schema + "." + sequence;
      expect(db, role, schemaGrant, "select last_value from " + name, uses);
      if (sequence.startsWith(PROBE)) {
        expect(db, role, schemaGrant, "select nextval('" + name + "')", uses);
      }
    }
    expect(
        db,
        role,
        schemaGrant,
        "create table %s.grant_matrix_new (id int)".formatted(schema),
        schemaGrant.equals("own"));
  }

  /**
   * Runs one statement in a transaction rolled back at once, and notes a mismatch unless it
   * succeeded and should, or was refused for lack of privilege and should be.
   */
  private void expect(Connection db, String role, String grant, String sql, boolean allowed) {
    checked++;
    String found;
    try (Statement statement = db.createStatement()) {
      statement.execute("set local lock_timeout = '5s'");
      statement.execute(sql);
      found = allowed ? null : "it succeeded";
    } catch (SQLException e) {
      found =
          !allowed && INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())
              ? null
              : "SQLSTATE " + e.getSQLState() + ": " + e.getMessage();
    } finally {
      try {
        db.rollback();
      } catch (SQLException e) {
        found = "rollback failed: " + e.getMessage();
      }
    }
    if (found != null) {
      mismatches.add(
          "%s (%s) %s: expected %s, but %s"
              .formatted(role, grant, sql, allowed ? "allowed" : "refused (42501)", found));
    }
  }

  /** Relations of a kind (r: table, S: sequence) in a schema, from the catalog, which all read. */
  private static List<String> relations(Connection db, String schema, String kind)
      throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement(
            "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = ? and c.relkind = ? order by c.relname")) {
      query.setString(1, schema);
      query.setString(2, kind);
      List<String> names = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1));
        }
      }
      db.rollback();
      return names;
    }
  }

  /** A column to name in an UPDATE that matches no row. */
  private static String firstColumn(Connection db, String schema, String table)
      throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement(
            "select a.attname from pg_attribute a join pg_class c on c.oid = a.attrelid"
                + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = ?"
                + " and c.relname = ? and a.attnum > 0 and not a.attisdropped"
                + " and a.attidentity = '' and a.attgenerated = '' order by a.attnum limit 1")) {
      query.setString(1, schema);
      query.setString(2, table);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        String column = rows.getString(1);
        db.rollback();
        return column;
      }
    }
  }

  /** {@link #MATRIX}, parsed: role name to column to grant. */
  static Map<String, Map<String, String>> matrix() {
    List<String> lines = MATRIX.strip().lines().toList();
    List<String> columns = Arrays.asList(lines.get(0).trim().split("\\s+"));
    assertThat(columns.subList(1, columns.size() - 1)).as("schemas in MATRIX").isEqualTo(SCHEMAS);
    Map<String, Map<String, String>> matrix = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.trim().split("\\s+");
      Map<String, String> grants = new LinkedHashMap<>();
      for (int i = 1; i < cells.length; i++) {
        grants.put(columns.get(i), cells[i]);
      }
      matrix.put(cells[0].equals("<db>") ? PREFIX : PREFIX + cells[0], grants);
    }
    return matrix;
  }

  private static String ownerOf(String schema) {
    return PREFIX + "_" + schema + "_owner";
  }

  /** As the role, with the password ./orderflow gave it: owners have the migrations' password. */
  private static Connection connect(String role) throws SQLException {
    String password =
        role.endsWith("_owner")
            ? setting("ORDERFLOW_DB_MIGRATION_PASSWORD", "orderflow")
            : setting("ORDERFLOW_DB_PASSWORD", "orderflow");
    return DriverManager.getConnection(URL, role, password);
  }
}

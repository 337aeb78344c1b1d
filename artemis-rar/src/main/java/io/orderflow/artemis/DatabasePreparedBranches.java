package io.orderflow.artemis;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import javax.transaction.xa.Xid;

/**
 * PostgreSQL's prepared branches in the application's database, read from {@code pg_prepared_xacts}
 * and settled with {@code COMMIT PREPARED} / {@code ROLLBACK PREPARED} over a connection of one of
 * its data sources, outside any transaction.
 *
 * <p>The PostgreSQL driver names a branch {@code formatId_base64(gtrid)_base64(bqual)}; its own XA
 * recovery reads the same names back.
 */
final class DatabasePreparedBranches implements PreparedBranches {

  /** SQLSTATE undefined_object: the prepared transaction no longer exists. */
  private static final String SETTLED_MEANWHILE = "42704";

  private final Connection connection;

  DatabasePreparedBranches(String dataSourceName) throws NamingException, SQLException {
    DataSource dataSource = (DataSource) new InitialContext().lookup(dataSourceName);
    connection = dataSource.getConnection();
    connection.setAutoCommit(true);
  }

  @Override
  public String resourceManager() {
    return "database";
  }

  @Override
  public List<Xid> list() throws SQLException {
    List<Xid> branches = new ArrayList<>();
    try (PreparedStatement query =
            connection.prepareStatement(
                "select gid from pg_prepared_xacts where database = current_database()");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        Branch.parse(rows.getString(1)).ifPresent(branches::add);
      }
    }
    return branches;
  }

  @Override
  public void commit(Xid branch) throws SQLException {
    settle("commit prepared ", branch);
  }

  @Override
  public void rollback(Xid branch) throws SQLException {
    settle("rollback prepared ", branch);
  }

  private void settle(String command, Xid branch) throws SQLException {
    String gid = ((Branch) branch).gid();
    try (Statement statement = connection.createStatement()) {
      statement.execute(command + "'" + gid.replace("'", "''") + "'");
    } catch (SQLException e) {
      if (!SETTLED_MEANWHILE.equals(e.getSQLState())) {
        throw e;
      }
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  /** A prepared transaction of PostgreSQL read as the XA branch that prepared it. */
  record Branch(String gid, int formatId, byte[] gtrid, byte[] bqual) implements Xid {

    static Optional<Xid> parse(String gid) {
      String[] parts = gid.split("_");
      if (parts.length != 3) {
        return Optional.empty(); // not prepared through XA
      }
      try {
        return Optional.of(
            new Branch(
                gid,
                Integer.parseInt(parts[0]),
                Base64.getDecoder().decode(parts[1]),
                Base64.getDecoder().decode(parts[2])));
      } catch (IllegalArgumentException notXa) {
        return Optional.empty();
      }
    }

    @Override
    public int getFormatId() {
      return formatId;
    }

    @Override
    public byte[] getGlobalTransactionId() {
      return gtrid.clone();
    }

    @Override
    public byte[] getBranchQualifier() {
      return bqual.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Branch branch && gid.equals(branch.gid);
    }

    @Override
    public int hashCode() {
      return gid.hashCode();
    }

    @Override
    public String toString() {
      return gid + " (" + new String(bqual, StandardCharsets.ISO_8859_1) + ")";
    }
  }
}

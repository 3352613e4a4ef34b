package se.hord.survey.sms.fake;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.hord.testkit.TestDatabase;

/** Plain SQL on the survey test database, for what the API does not show. */
public final class TestSql {
  /** The test database; {@code -Dhord.test.database=...} gives a run its own beside another. */
  public static final String DATABASE =
      System.getProperty("hord.test.database", "hord_test_survey");

  private TestSql() {}

  /** Runs an update; the rows changed. */
  public static int update(String sql, Object... args) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of the first row, as text; null when there is no row. */
  public static String value(String sql, Object... args) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of every row, as text. */
  public static List<String> values(String sql, Object... args) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every "table.column" of the database whose text contains {@code needle}. */
  public static List<String> columnsContaining(String needle) {
    List<String> found = new ArrayList<>();
    try (Connection c = connect()) {
      List<String[]> columns = new ArrayList<>();
      try (ResultSet rs =
          c.createStatement()
              .executeQuery(
                  "SELECT table_name, column_name FROM information_schema.columns"
                      + " WHERE table_schema = DATABASE() AND data_type IN"
                      + " ('char','varchar','text','mediumtext','longtext','tinytext')")) {
        while (rs.next()) {
          columns.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      for (String[] column : columns) {
        try (PreparedStatement s =
            c.prepareStatement(
                "SELECT COUNT(*) FROM `%s` WHERE `%s` LIKE ?".formatted(column[0], column[1]))) {
          s.setString(1, "%" + needle + "%");
          try (ResultSet rs = s.executeQuery()) {
            if (rs.next() && rs.getLong(1) > 0) {
              found.add(column[0] + "." + column[1]);
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return found;
  }

  private static Connection connect() throws SQLException {
    Map<String, String> p = TestDatabase.datasourceProperties(DATABASE);
    return DriverManager.getConnection(
        p.get("datasources.default.url"),
        p.get("datasources.default.username"),
        p.get("datasources.default.password"));
  }
}

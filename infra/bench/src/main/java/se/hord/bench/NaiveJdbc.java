package se.hord.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The ingest baseline: the naive writer a web framework gives you, one transaction per response
 * (the response row and its feed row, then COMMIT), each of 64 threads on its own connection, into
 * tables shaped like survey-service's in the bench's own database.
 */
final class NaiveJdbc implements AutoCloseable {
  private final List<Connection> connections = new ArrayList<>();
  private final List<PreparedStatement[]> statements = new ArrayList<>();

  NaiveJdbc(BenchCluster cluster, int clients) throws SQLException {
    try (Connection c = cluster.baselineConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS naive_responses (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY"
              + " KEY, survey_id BIGINT NOT NULL, answered_on DATE NOT NULL, channel VARCHAR(8)"
              + " NOT NULL, answers MEDIUMTEXT NOT NULL) ENGINE=InnoDB DEFAULT"
              + " CHARSET=utf8mb4");
      s.execute(
          "CREATE TABLE IF NOT EXISTS naive_feed (position BIGINT NOT NULL AUTO_INCREMENT PRIMARY"
              + " KEY, item_id VARCHAR(200) NOT NULL, payload MEDIUMTEXT NOT NULL) ENGINE=InnoDB"
              + " DEFAULT CHARSET=utf8mb4");
    }
    for (int i = 0; i < clients; i++) {
      Connection c = cluster.baselineConnection();
      c.setAutoCommit(false);
      connections.add(c);
      statements.add(
          new PreparedStatement[] {
            c.prepareStatement(
                "INSERT INTO naive_responses (survey_id, answered_on, channel, answers) VALUES"
                    + " (?, ?, 'web', ?)",
                Statement.RETURN_GENERATED_KEYS),
            c.prepareStatement("INSERT INTO naive_feed (item_id, payload) VALUES (?, ?)")
          });
    }
  }

  /** Stores one response and its feed item in one transaction on the client's connection. */
  void store(int client, String answersJson, String text) throws SQLException {
    PreparedStatement[] s = statements.get(client);
    s[0].setLong(1, 1);
    s[0].setObject(2, LocalDate.now());
    s[0].setString(3, answersJson);
    s[0].executeUpdate();
    long id;
    try (var keys = s[0].getGeneratedKeys()) {
      keys.next();
      id = keys.getLong(1);
    }
    s[1].setString(1, "survey:resp-" + id + ":fritext1");
    s[1].setString(2, text);
    s[1].executeUpdate();
    connections.get(client).commit();
  }

  @Override
  public void close() throws SQLException {
    for (Connection c : connections) {
      c.close();
    }
  }
}

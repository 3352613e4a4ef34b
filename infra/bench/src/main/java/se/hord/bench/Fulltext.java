package se.hord.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * The search baseline: the same texts in an InnoDB table with a FULLTEXT index in the bench's own
 * database, queried with {@code MATCH … AGAINST} in natural language mode.
 */
final class Fulltext {
  static final int RECALL_ORIGIN = 1;
  private final BenchCluster cluster;

  Fulltext(BenchCluster cluster) {
    this.cluster = cluster;
  }

  /** Loads the corpus's first {@code count} answers and the recall sentences, then indexes. */
  double load(Corpus corpus, long count, int recallSentences) throws SQLException {
    long start = System.nanoTime();
    try (Connection c = cluster.baselineConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE ft_answers (id BIGINT NOT NULL PRIMARY KEY, origin INT NOT NULL,"
              + " text TEXT NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"
              + " COLLATE=utf8mb4_unicode_ci");
      c.setAutoCommit(false);
      try (PreparedStatement insert =
          c.prepareStatement("INSERT INTO ft_answers (id, origin, text) VALUES (?, ?, ?)")) {
        for (long i = 0; i < count + recallSentences; i++) {
          boolean recall = i >= count;
          insert.setLong(1, i);
          insert.setInt(2, recall ? RECALL_ORIGIN : 0);
          insert.setString(3, recall ? corpus.piece((int) (i - count)) : corpus.answer(i));
          insert.addBatch();
          if (i % 1000 == 999) {
            insert.executeBatch();
            c.commit();
          }
        }
        insert.executeBatch();
        c.commit();
      }
      s.execute("ALTER TABLE ft_answers ADD FULLTEXT INDEX ft_text (text)");
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** Top ten by relevance, as a search page would show them. */
  void topTen(Connection c, String q) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id, text, MATCH(text) AGAINST(? IN NATURAL LANGUAGE MODE) AS score FROM"
                + " ft_answers WHERE MATCH(text) AGAINST(? IN NATURAL LANGUAGE MODE) ORDER BY"
                + " score DESC LIMIT 10")) {
      s.setString(1, q);
      s.setString(2, q);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rs.getString(2);
        }
      }
    }
  }

  /** Every recall-set text that matches. */
  Set<String> recallMatches(String q) throws SQLException {
    Set<String> texts = new HashSet<>();
    try (Connection c = cluster.baselineConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT text FROM ft_answers WHERE origin = "
                    + RECALL_ORIGIN
                    + " AND MATCH(text) AGAINST(? IN NATURAL LANGUAGE MODE)")) {
      s.setString(1, q);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          texts.add(rs.getString(1));
        }
      }
    }
    return texts;
  }
}

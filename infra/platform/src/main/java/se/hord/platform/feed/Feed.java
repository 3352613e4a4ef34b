package se.hord.platform.feed;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import se.hord.platform.db.GatheredWrites;
import se.hord.platform.web.ProblemException;

/**
 * A service's feed of free-text items for analysis.
 *
 * <p>Positions are handed out under a row lock on {@code feed_sequence} inside the writing
 * transaction, so they become visible in the order they were given: a reader asking for "everything
 * after position p" can never miss an item that commits late. (Auto-increment ids do not have this
 * property: they are handed out at insert and commit in any order.)
 */
@Singleton
public class Feed extends GatheredWrites<FeedItem> {
  /** The most items one page holds. */
  public static final int MAX_PAGE = 1000;

  private final JdbcOperations jdbc;
  private final JsonMapper json;

  public Feed(JdbcOperations jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Appends items (or replaces items with the same id, moving them to the end) inside the caller's
   * transaction.
   */
  @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
  public void append(List<FeedItem> items) {
    add(items);
  }

  /** Last of a batch's flushes: the position lock is held from here to the commit. */
  @Override
  public int getOrder() {
    return LOWEST_PRECEDENCE;
  }

  @Override
  protected void write(List<FeedItem> items) {
    if (items.isEmpty()) {
      return;
    }
    Connection connection = jdbc.getConnection();
    try {
      long last = reserve(connection, items.size());
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO feed_item (seq, item_id, municipality, payload) VALUES (?, ?, ?, ?)"
                  + " ON DUPLICATE KEY UPDATE seq = VALUES(seq), payload = VALUES(payload)")) {
        long seq = last;
        for (FeedItem item : items) {
          insert.setLong(1, ++seq);
          insert.setString(2, item.id());
          insert.setString(3, item.municipality());
          insert.setString(4, json.writeValueAsString(item));
          insert.addBatch();
        }
        insert.executeBatch();
      }
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("could not append to the feed", e);
    }
  }

  private static long reserve(Connection connection, int count) throws SQLException {
    long last;
    try (PreparedStatement lock =
            connection.prepareStatement(
                "SELECT last_seq FROM feed_sequence WHERE name = 'feed' FOR UPDATE");
        ResultSet row = lock.executeQuery()) {
      row.next();
      last = row.getLong(1);
    }
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE feed_sequence SET last_seq = ? WHERE name = 'feed'")) {
      update.setLong(1, last + count);
      update.executeUpdate();
    }
    return last;
  }

  /** Items after the cursor, oldest first, at most {@code limit}. */
  @Transactional(readOnly = true)
  public FeedPage after(String cursor, int limit) {
    String feedId = feedId();
    long after = FeedCursor.parse(cursor, feedId);
    if (limit < 1 || limit > MAX_PAGE) {
      throw ProblemException.badRequest(
          "'limit' ska vara mellan 1 och "
              + MAX_PAGE
              + ". ('limit' must be between 1 and "
              + MAX_PAGE
              + ".)");
    }
    List<FeedItem> items = new ArrayList<>();
    long next = after;
    try (PreparedStatement select =
        jdbc.getConnection()
            .prepareStatement(
                "SELECT seq, payload FROM feed_item WHERE seq > ? ORDER BY seq LIMIT ?")) {
      select.setLong(1, after);
      select.setInt(2, limit);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          next = rows.getLong(1);
          items.add(json.readValue(rows.getString(2), FeedItem.class));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the feed", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new FeedPage(items, FeedCursor.format(feedId, next));
  }

  private String feedId() {
    try (PreparedStatement select =
            jdbc.getConnection()
                .prepareStatement("SELECT feed_id FROM feed_sequence WHERE name = 'feed'");
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the feed's identity", e);
    }
  }
}

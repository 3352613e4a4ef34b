package se.hord.platform.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows that a {@link GroupCommit} batch writes with one statement at its end instead of one per
 * unit; outside a batch each call writes at once. Subclasses say how a list of rows is written.
 *
 * @param <T> one row to write
 */
public abstract class GatheredWrites<T> implements BatchFlush {
  private final ThreadLocal<List<T>> gathered = new ThreadLocal<>();

  /** Writes the rows now, or at the end of the batch this thread is writing. */
  protected final void add(List<T> rows) {
    List<T> batch = gathered.get();
    if (batch != null) {
      batch.addAll(rows);
    } else {
      write(rows);
    }
  }

  /** The rows this thread's batch has gathered and not yet written (none outside a batch). */
  protected final List<T> pending() {
    List<T> batch = gathered.get();
    return batch == null ? List.of() : batch;
  }

  /** Writes these rows inside the current transaction; called with an empty list never. */
  protected abstract void write(List<T> rows);

  /** Sets one row's parameters on the statement. */
  @FunctionalInterface
  protected interface Binder<T> {
    void bind(PreparedStatement statement, T row) throws SQLException;
  }

  /** Runs {@code sql} once per row as one JDBC batch (one round trip with bulk statements). */
  protected final void executeBatch(
      Connection connection, String sql, List<T> rows, Binder<T> binder) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (T row : rows) {
        binder.bind(statement, row);
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  @Override
  public final void open() {
    gathered.set(new ArrayList<>());
  }

  @Override
  public final void flush() {
    List<T> batch = gathered.get();
    gathered.remove();
    if (batch != null && !batch.isEmpty()) {
      write(batch);
    }
  }

  @Override
  public final void close() {
    gathered.remove();
  }
}

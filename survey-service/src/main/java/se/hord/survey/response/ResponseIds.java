package se.hord.survey.response;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Hands out response ids from blocks reserved in the {@code id_block} table, so a group-commit
 * batch knows its rows' ids before it writes them all with one statement. A block is reserved in
 * its own short transaction (never holding a lock through a batch's commit); ids left in a block
 * when the service stops are simply never used. Every replica reserves its own blocks, so ids never
 * collide.
 */
@Singleton
class ResponseIds {
  private static final int BLOCK = 1000;

  private final TransactionOperations<Connection> transactions;
  private long next;
  private long end;

  ResponseIds(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  /** A response id no one has used or will use. */
  synchronized long next() {
    if (next == end) {
      end = reserve();
      next = end - BLOCK;
    }
    return next++;
  }

  private long reserve() {
    return transactions.execute(
        TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW),
        status -> {
          Connection connection = status.getConnection();
          try (PreparedStatement update =
                  connection.prepareStatement(
                      "UPDATE id_block SET next_id = LAST_INSERT_ID(GREATEST(next_id,"
                          + " (SELECT COALESCE(MAX(id), 0) + 1 FROM responses)) + ?)"
                          + " WHERE name = 'response'");
              PreparedStatement read = connection.prepareStatement("SELECT LAST_INSERT_ID()")) {
            update.setInt(1, BLOCK);
            update.executeUpdate();
            try (ResultSet row = read.executeQuery()) {
              row.next();
              return row.getLong(1);
            }
          } catch (SQLException e) {
            throw new IllegalStateException("could not reserve response ids", e);
          }
        });
  }
}

package se.hord.platform.db;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a whole transaction again when MariaDB chose it as a deadlock victim. InnoDB rolls the
 * victim back completely, so trying again is safe, and it is what the database asks of us: the
 * young person's answer is stored instead of being refused with an error.
 */
public final class Deadlocks {
  /** How many times a transaction is tried in all. */
  static final int ATTEMPTS = 4;

  private Deadlocks() {}

  /** Runs {@code transaction} (a call into a {@code @Transactional} method) until it commits. */
  public static <T> T retry(Supplier<T> transaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.get();
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !isDeadlock(e)) {
          throw e;
        }
        pause(attempt);
      }
    }
  }

  /** True when the cause is a deadlock or a lock wait that InnoDB gave up on. */
  static boolean isDeadlock(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof SQLTransactionRollbackException) {
        return true;
      }
      if (t instanceof SQLException sql
          && (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205)) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25) * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

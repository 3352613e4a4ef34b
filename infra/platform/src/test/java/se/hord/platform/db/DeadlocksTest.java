package se.hord.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeadlocksTest {
  @Test
  void aDeadlockVictimIsTriedAgainUntilItCommits() {
    AtomicInteger tries = new AtomicInteger();
    String result =
        Deadlocks.retry(
            () -> {
              if (tries.incrementAndGet() < 3) {
                throw new IllegalStateException(
                    "wrapped", new SQLTransactionRollbackException("Deadlock found", "40001"));
              }
              return "stored";
            });
    assertEquals("stored", result);
    assertEquals(3, tries.get());
  }

  @Test
  void aLockWaitTimeoutCountsAsADeadlock() {
    assertEquals(
        true,
        Deadlocks.isDeadlock(
            new RuntimeException(new SQLException("Lock wait timeout", "HY000", 1205))));
  }

  @Test
  void otherErrorsAreNotRetried() {
    AtomicInteger tries = new AtomicInteger();
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Deadlocks.retry(
                () -> {
                  tries.incrementAndGet();
                  throw new IllegalArgumentException("bad input");
                }));
    assertEquals(1, tries.get());
  }

  @Test
  void aTransactionThatKeepsDeadlockingGivesUpAfterFourTries() {
    AtomicInteger tries = new AtomicInteger();
    assertThrows(
        RuntimeException.class,
        () ->
            Deadlocks.retry(
                () -> {
                  tries.incrementAndGet();
                  throw new RuntimeException(new SQLTransactionRollbackException("Deadlock"));
                }));
    assertEquals(Deadlocks.ATTEMPTS, tries.get());
  }
}

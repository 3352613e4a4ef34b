package se.hord.platform.db;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.OrderUtil;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.hord.platform.web.ProblemException;

/**
 * Group commit: many small writes from many request threads share one transaction, so they share
 * one fsync and take the feed's position lock once, not once each.
 *
 * <p>A caller hands over a unit of work (writes through the service's repositories, {@code Feed},
 * {@code Idempotency} — anything that joins the current transaction) and waits. A writer thread
 * takes every unit that is waiting (up to {@code hord.group-commit.max-batch}), runs them one after
 * another in one transaction, lets the {@link BatchFlush} beans do what they gathered (the feed
 * takes all of the batch's positions at once) and commits; only then does each caller get its
 * result. So "stored" still means committed, and the feed still commits in position order. A few
 * writers ({@code hord.group-commit.writers}) work at once, so one batch is written while another
 * waits for its fsync.
 *
 * <p>A unit that throws does not take the others down: the transaction is rolled back and run again
 * without it, and its caller gets the exception once the others have committed. A deadlock is
 * retried whole ({@link Deadlocks}); a batch that cannot commit at all is tried unit by unit. Units
 * must therefore only change the database (they may run more than once before one commit).
 */
@Singleton
public class GroupCommit {
  private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

  private final TransactionOperations<Connection> transactions;
  private final List<BatchFlush> flushes;
  private final int maxBatch;
  private final Lane parallel;
  private final Lane serial;
  private volatile boolean open = true;

  /**
   * @param writers how many batches of {@link #run} may be written at once: while one batch waits
   *     for its commit, the next is already being written
   */
  public GroupCommit(
      TransactionOperations<Connection> transactions,
      List<BatchFlush> flushes,
      @Value("${hord.group-commit.max-batch:128}") int maxBatch,
      @Value("${hord.group-commit.writers:4}") int writers) {
    this.transactions = transactions;
    List<BatchFlush> ordered = new ArrayList<>(flushes);
    OrderUtil.sort(ordered);
    this.flushes = List.copyOf(ordered);
    this.maxBatch = Math.max(1, maxBatch);
    this.parallel = new Lane("group-commit-", Math.max(1, writers));
    this.serial = new Lane("group-commit-serial-", 1);
  }

  /** Runs {@code work} in a shared transaction and returns once that transaction has committed. */
  public <T> T run(Supplier<T> work) {
    return parallel.run(work);
  }

  /**
   * As {@link #run}, with one batch at a time: for work whose batches would fight over the same
   * rows or index gaps (many phones starting a conversation at once would deadlock each other).
   */
  public <T> T runSerially(Supplier<T> work) {
    return serial.run(work);
  }

  @PreDestroy
  void close() throws InterruptedException {
    open = false;
    parallel.close();
    serial.close();
  }

  /** A queue and the writer threads that take batches from it. */
  private final class Lane {
    private final BlockingQueue<Unit<?>> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();

    Lane(String name, int count) {
      for (int i = 0; i < count; i++) {
        writers.add(Thread.ofPlatform().name(name + i).daemon().start(this::write));
      }
    }

    <T> T run(Supplier<T> work) {
      Unit<T> unit = new Unit<>(work);
      if (!open || !waiting.offer(unit)) {
        throw shuttingDown();
      }
      try {
        return unit.result.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw shuttingDown();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException failure) {
          throw failure;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(e.getCause());
      }
    }

    void close() throws InterruptedException {
      for (Thread writer : writers) {
        writer.interrupt();
        writer.join(TimeUnit.SECONDS.toMillis(10));
      }
      List<Unit<?>> left = new ArrayList<>();
      waiting.drainTo(left);
      left.forEach(unit -> unit.result.completeExceptionally(shuttingDown()));
    }

    private void write() {
      while (open) {
        List<Unit<?>> batch = new ArrayList<>();
        try {
          batch.add(waiting.take());
        } catch (InterruptedException e) {
          return;
        }
        waiting.drainTo(batch, maxBatch - 1);
        try {
          commit(batch);
        } catch (RuntimeException | Error e) {
          LOG.error("group commit failed", e);
          batch.forEach(unit -> unit.result.completeExceptionally(e));
        }
      }
    }
  }

  /** Commits every unit of the batch that can commit; then answers every caller. */
  private void commit(List<Unit<?>> batch) {
    List<Unit<?>> pending = new ArrayList<>(batch);
    while (!pending.isEmpty()) {
      List<Unit<?>> running = pending;
      List<Unit<?>> failed;
      try {
        failed = Deadlocks.retry(() -> attempt(running));
      } catch (RuntimeException commitFailed) {
        if (running.size() == 1) {
          running.getFirst().error = commitFailed;
          break;
        }
        // Something in the batch keeps the commit from happening: give each unit its own.
        running.forEach(unit -> commit(List.of(unit)));
        break;
      }
      if (failed.isEmpty()) {
        break;
      }
      pending = new ArrayList<>(running);
      pending.removeAll(failed);
    }
    batch.forEach(Unit::answer);
  }

  /** Runs the units in one transaction; commits when none failed, else rolls back. */
  private List<Unit<?>> attempt(List<Unit<?>> units) {
    return transactions.executeWrite(
        status -> {
          flushes.forEach(BatchFlush::open);
          try {
            List<Unit<?>> failed = new ArrayList<>();
            for (Unit<?> unit : units) {
              if (!unit.run()) {
                failed.add(unit);
              }
            }
            if (failed.isEmpty()) {
              flushes.forEach(BatchFlush::flush);
            } else {
              status.setRollbackOnly();
            }
            return failed;
          } finally {
            flushes.forEach(BatchFlush::close);
          }
        });
  }

  private static ProblemException shuttingDown() {
    return new ProblemException(
        HttpStatus.SERVICE_UNAVAILABLE,
        "Tjänsten startar om just nu. Försök igen om en stund, inget har sparats."
            + " (The service is restarting. Try again in a moment; nothing was stored.)");
  }

  /** One caller's work and, once its transaction is settled, its outcome. */
  private static final class Unit<T> {
    final Supplier<T> work;
    final CompletableFuture<T> result = new CompletableFuture<>();
    T value;
    RuntimeException error;

    Unit(Supplier<T> work) {
      this.work = work;
    }

    /**
     * Runs the work; false when it threw (its error is kept for its caller). A deadlock is thrown
     * on: InnoDB has rolled the whole transaction back, so the whole batch must start again.
     */
    boolean run() {
      try {
        value = work.get();
        error = null;
        return true;
      } catch (RuntimeException e) {
        if (Deadlocks.isDeadlock(e)) {
          throw e;
        }
        error = e;
        return false;
      }
    }

    void answer() {
      if (result.isDone()) {
        return;
      }
      if (error != null) {
        result.completeExceptionally(error);
      } else {
        result.complete(value);
      }
    }
  }
}

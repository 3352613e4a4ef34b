package se.hord.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.hord.platform.feed.Feed;
import se.hord.platform.feed.FeedItem;
import se.hord.platform.feed.FeedPage;
import se.hord.platform.feed.TestItems;
import se.hord.platform.idempotency.Idempotency;
import se.hord.platform.web.ProblemException;
import se.hord.testkit.DatabaseTest;

/**
 * Many writers share transactions, and each still hears "stored" only after its write committed; a
 * failing write does not take the others down; one key twice in one batch stores once.
 */
@MicronautTest(transactional = false)
class GroupCommitTest implements DatabaseTest {
  @Inject GroupCommit group;
  @Inject Feed feed;
  @Inject Idempotency idempotency;
  @Inject TransactionOperations<Connection> transactions;

  @Override
  public String database() {
    return "hord_test_platform";
  }

  @Test
  void everyWriteIsCommittedWhenItsCallerHearsSoAndTheFeedHasEachOnce() throws Exception {
    String run = "gc" + System.nanoTime() + "-";
    ExecutorService callers = Executors.newFixedThreadPool(32);
    List<Future<Boolean>> seenAtOnce = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String id = run + i;
      seenAtOnce.add(
          callers.submit(
              () -> {
                group.run(() -> append(id));
                // Another transaction, right after the answer: the write must be there.
                return transactions.executeRead(status -> contains(feedIds(), "test:" + id));
              }));
    }
    for (Future<Boolean> f : seenAtOnce) {
      assertTrue(f.get(60, TimeUnit.SECONDS), "committed before its caller was answered");
    }
    callers.shutdown();
    List<String> ours = feedIds().stream().filter(id -> id.startsWith("test:" + run)).toList();
    assertEquals(300, ours.size());
    assertEquals(300, new HashSet<>(ours).size());
  }

  @Test
  void aFailingWriteGetsItsErrorAndTheOthersInItsBatchAreStored() throws Exception {
    String run = "fail" + System.nanoTime() + "-";
    ExecutorService callers = Executors.newFixedThreadPool(8);
    HeldWriter held = HeldWriter.hold(this, callers, () -> append(run + "first"));
    Future<?> good1 = callers.submit(() -> group.runSerially(() -> append(run + "a")));
    Future<?> bad =
        callers.submit(
            () ->
                group.runSerially(
                    () -> {
                      append(run + "bad");
                      throw ProblemException.badRequest("nej (no)");
                    }));
    Future<?> good2 = callers.submit(() -> group.runSerially(() -> append(run + "b")));
    held.releaseAndWait();
    good1.get(30, TimeUnit.SECONDS);
    good2.get(30, TimeUnit.SECONDS);
    Exception failure = assertThrows(Exception.class, () -> bad.get(30, TimeUnit.SECONDS));
    assertTrue(failure.getCause() instanceof ProblemException);
    callers.shutdown();
    List<String> ids = feedIds();
    assertTrue(contains(ids, "test:" + run + "a"));
    assertTrue(contains(ids, "test:" + run + "b"));
    assertTrue(contains(ids, "test:" + run + "first"));
    assertFalse(contains(ids, "test:" + run + "bad"), "the failed unit's writes were rolled back");
  }

  @Test
  void aDeadlockInOneUnitRunsTheWholeBatchAgainSoNoWriteIsLost() throws Exception {
    // InnoDB rolls back the whole transaction of a deadlock victim, not just the statement: the
    // other units' writes are gone too, so they must be written again, not reported as stored.
    String run = "deadlock" + System.nanoTime() + "-";
    AtomicInteger tries = new AtomicInteger();
    ExecutorService callers = Executors.newFixedThreadPool(4);
    HeldWriter held = HeldWriter.hold(this, callers, () -> append(run + "first"));
    Future<?> victim =
        callers.submit(
            () ->
                group.runSerially(
                    () -> {
                      append(run + "victim");
                      if (tries.incrementAndGet() == 1) {
                        throw new IllegalStateException(
                            new SQLTransactionRollbackException("Deadlock found", "40001"));
                      }
                      return null;
                    }));
    held.releaseAndWait();
    victim.get(30, TimeUnit.SECONDS);
    callers.shutdown();
    List<String> ids = feedIds();
    assertTrue(contains(ids, "test:" + run + "first"), "the other unit was written again");
    assertTrue(contains(ids, "test:" + run + "victim"));
    assertTrue(tries.get() >= 2);
  }

  @Test
  void theSameKeyTwiceInOneBatchStoresOnceAndReplaysTheSecond() throws Exception {
    String key = "key-" + System.nanoTime();
    ExecutorService callers = Executors.newFixedThreadPool(4);
    HeldWriter held = HeldWriter.hold(this, callers, () -> null);
    List<Future<Idempotency.Outcome<String>>> twice = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      twice.add(
          callers.submit(
              () ->
                  group.runSerially(
                      () ->
                          idempotency.once(
                              "test", key, "same request", String.class, () -> append(key)))));
    }
    held.releaseAndWait();
    Set<Boolean> replayed = new HashSet<>();
    Set<String> answers = new HashSet<>();
    for (Future<Idempotency.Outcome<String>> f : twice) {
      replayed.add(f.get(30, TimeUnit.SECONDS).replayed());
      answers.add(f.get().value());
    }
    callers.shutdown();
    assertEquals(Set.of(true, false), replayed);
    // The replay read the first one's answer before the batch had written it (it is gathered).
    assertEquals(Set.of("test:" + key), answers);
    assertEquals(1, feedIds().stream().filter(id -> id.equals("test:" + key)).count());
  }

  /**
   * Keeps the one-writer lane ({@link GroupCommit#runSerially}) busy with a first unit, so that the
   * units queued meanwhile are taken as one batch when it is released.
   */
  private record HeldWriter(CountDownLatch release, Future<?> first) {
    static HeldWriter hold(GroupCommitTest test, ExecutorService callers, Supplier<Object> work)
        throws InterruptedException {
      CountDownLatch busy = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      Future<?> first =
          callers.submit(
              () ->
                  test.group.runSerially(
                      () -> {
                        busy.countDown();
                        await(release);
                        return work.get();
                      }));
      assertTrue(busy.await(30, TimeUnit.SECONDS));
      return new HeldWriter(release, first);
    }

    /** Lets the queued units in (after a moment for the last ones to queue) and waits. */
    void releaseAndWait() throws Exception {
      Thread.sleep(200);
      release.countDown();
      first.get(30, TimeUnit.SECONDS);
    }
  }

  private String append(String id) {
    FeedItem item = TestItems.item(id);
    feed.append(List.of(item));
    return item.id();
  }

  private List<String> feedIds() {
    List<String> ids = new ArrayList<>();
    String cursor = "0";
    FeedPage page;
    do {
      page = feed.after(cursor, Feed.MAX_PAGE);
      page.items().forEach(i -> ids.add(i.id()));
      cursor = page.next();
    } while (!page.items().isEmpty());
    return ids;
  }

  private static boolean contains(List<String> ids, String id) {
    return ids.contains(id);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

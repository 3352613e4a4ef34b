package se.hord.platform.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.hord.platform.web.ProblemException;
import se.hord.testkit.DatabaseTest;

/**
 * A reader that pulls while many writers commit in an arbitrary order sees every item exactly once.
 * The writers hold their transactions open for random times, so with auto-increment ids a "last id
 * seen" reader would regularly step over an item that commits late.
 */
@MicronautTest(transactional = false)
class FeedOrderingTest implements DatabaseTest {
  private static final int WRITERS = 8;
  private static final int ITEMS_PER_WRITER = 40;

  @Inject Feed feed;
  @Inject TransactionOperations<Connection> transactions;

  @Override
  public String database() {
    return "hord_test_platform";
  }

  @Test
  void aReaderPullingWhileWritersCommitOutOfOrderSeesEveryItemExactlyOnce() throws Exception {
    Set<String> written = ConcurrentHashMap.newKeySet();
    ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      done.add(
          writers.submit(
              () -> {
                for (int i = 0; i < ITEMS_PER_WRITER; i++) {
                  FeedItem item = item("w" + writer + "-" + i);
                  transactions.executeWrite(
                      status -> {
                        pause();
                        feed.append(List.of(item));
                        pause();
                        return null;
                      });
                  written.add(item.id());
                }
              }));
    }

    List<String> seen = new ArrayList<>();
    String cursor = "0";
    while (done.stream().anyMatch(f -> !f.isDone())) {
      cursor = pull(cursor, seen);
    }
    for (Future<?> f : done) {
      f.get();
    }
    writers.shutdown();
    assertTrue(writers.awaitTermination(10, TimeUnit.SECONDS));
    cursor = pull(cursor, seen);

    seen.removeIf(id -> !id.startsWith("test:w"));
    assertEquals(WRITERS * ITEMS_PER_WRITER, written.size());
    assertEquals(seen.size(), new HashSet<>(seen).size(), "no item delivered twice");
    assertTrue(written.equals(new HashSet<>(seen)), "every committed item delivered");
  }

  @Test
  void anItemWrittenAgainMovesToTheEndAndIsDeliveredAgainWithTheSameId() {
    FeedItem item = item("again-" + System.nanoTime());
    transactions.executeWrite(status -> append(item));
    String cursor = feed.after("0", Feed.MAX_PAGE).next();
    transactions.executeWrite(status -> append(item));
    FeedPage page = feed.after(cursor, 10);
    assertEquals(List.of(item.id()), page.items().stream().map(FeedItem::id).toList());
  }

  @Test
  void aCursorOfAnotherFeedIsRefusedSoTheReaderStartsOver() {
    String end = drain();
    String foreign = "00000000-0000-0000-0000-000000000000" + end.substring(end.indexOf(':'));
    ProblemException refused = assertThrows(ProblemException.class, () -> feed.after(foreign, 10));
    assertEquals(409, refused.status().getCode());
    assertThrows(ProblemException.class, () -> feed.after("17", 10));
  }

  @Test
  void anEmptyPageKeepsTheCursor() {
    String end = drain();
    assertEquals(end, feed.after(end, 10).next());
  }

  private Void append(FeedItem item) {
    feed.append(List.of(item));
    return null;
  }

  private String drain() {
    String cursor = "0";
    FeedPage page;
    do {
      page = feed.after(cursor, Feed.MAX_PAGE);
      cursor = page.next();
    } while (!page.items().isEmpty());
    return cursor;
  }

  private String pull(String cursor, List<String> seen) {
    FeedPage page;
    do {
      page = feed.after(cursor, 7);
      page.items().forEach(i -> seen.add(i.id()));
      cursor = page.next();
    } while (!page.items().isEmpty());
    return cursor;
  }

  private static void pause() {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextInt(0, 6));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static FeedItem item(String id) {
    return TestItems.item(id);
  }
}

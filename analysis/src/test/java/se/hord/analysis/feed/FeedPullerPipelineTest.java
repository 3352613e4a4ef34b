package se.hord.analysis.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.hord.analysis.Items.item;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.hord.analysis.index.AnswerIndex;
import se.hord.analysis.index.ItemFields;
import se.hord.analysis.safeguarding.FlagRepository;
import se.hord.analysis.safeguarding.SafeguardingQueries;
import se.hord.analysis.safeguarding.SafeguardingService;
import se.hord.platform.feed.FeedItem;
import se.hord.platform.feed.FeedPage;

/**
 * The puller's pipeline (the next page fetched and checked while the current one is indexed)
 * against a feed in memory: pages still go in feed order, a page whose check fails is never indexed
 * even though it was fetched ahead, and the cursor never passes a page that is not in the index.
 */
class FeedPullerPipelineTest {
  private static final String DISCLOSURE = "pappa slår mig när han druckit";
  private static SafeguardingQueries queries;

  private final AtomicInteger flagged = new AtomicInteger();
  private volatile String failOn;

  @BeforeAll
  static void loadQueries() {
    queries = new SafeguardingQueries();
  }

  @AfterAll
  static void closeQueries() throws IOException {
    queries.close();
  }

  @Test
  void indexesEveryPageInOrderWithTheCursorAfterTheLast() throws IOException {
    PagedFeed feed = new PagedFeed(3);
    for (int i = 0; i < 20; i++) {
      feed.items.add(item("survey:r" + i + ":q", "Svar nummer " + i, "2026-03-01T10:00:00Z"));
    }
    feed.items.add(item("survey:r1:q", "Svar nummer 1 igen", "2026-03-01T10:00:00Z"));
    try (AnswerIndex index = new AnswerIndex(new ByteBuffersDirectory());
        FeedPuller puller = puller(index, feed)) {
      puller.pullAll();
      assertEquals(Optional.of("m:21"), index.cursor("survey"));
      assertEquals(20, count(index));
      // The re-delivered item came last and replaced the first delivery.
      assertEquals("Svar nummer 1 igen", textOf(index, "survey:r1:q"));
    }
  }

  @Test
  void aPageWhoseCheckFailsIsNotIndexedAndIsPulledAgain() throws IOException {
    PagedFeed feed = new PagedFeed(2);
    for (int i = 0; i < 10; i++) {
      String text = i == 5 ? DISCLOSURE : "Bussen är sen " + i;
      feed.items.add(item("survey:r" + i + ":q", text, "2026-03-01T10:00:00Z"));
    }
    failOn = "survey:r5:q";
    try (AnswerIndex index = new AnswerIndex(new ByteBuffersDirectory());
        FeedPuller puller = puller(index, feed)) {
      puller.pullAll();
      // Pages [0,1] [2,3] went in; [4,5] failed its check (while [2,3] was being indexed).
      assertEquals(Optional.of("m:4"), index.cursor("survey"));
      index.refresh();
      assertEquals(4, count(index));

      failOn = null;
      // The failed feed is retried after a pause: pull until it is past the page.
      long giveUpAt = System.nanoTime() + 20_000_000_000L;
      while (!index.cursor("survey").equals(Optional.of("m:10")) && System.nanoTime() < giveUpAt) {
        sleep();
        puller.pullAll();
      }
      assertEquals(Optional.of("m:10"), index.cursor("survey"));
      assertEquals(10, count(index));
      assertEquals(1, flagged.get());
    }
  }

  @Test
  void aRebuildStartsFromAnEmptyIndexAndReadsEveryPageAgain() throws IOException {
    PagedFeed feed = new PagedFeed(4);
    for (int i = 0; i < 9; i++) {
      feed.items.add(item("survey:r" + i + ":q", "Parken " + i, "2026-03-01T10:00:00Z"));
    }
    try (AnswerIndex index = new AnswerIndex(new ByteBuffersDirectory());
        FeedPuller puller = puller(index, feed)) {
      puller.pullAll();
      int fetchesBefore = feed.fetches.get();
      puller.requestRebuild();
      puller.pullAll();
      assertEquals(Optional.of("m:9"), index.cursor("survey"));
      assertEquals(9, count(index));
      // Three pages with items, then one that says nothing is new, each time.
      assertEquals(fetchesBefore, feed.fetches.get() - fetchesBefore);
      assertEquals("done", puller.progress().state());
      assertEquals(9, puller.progress().done());
    }
  }

  private FeedPuller puller(AnswerIndex index, FeedSource feed) {
    FlagRepository flags =
        (FlagRepository)
            Proxy.newProxyInstance(
                FlagRepository.class.getClassLoader(),
                new Class<?>[] {FlagRepository.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("flagOnce")) {
                    if (args[0].equals(failOn)) {
                      throw new IllegalStateException("the database is down");
                    }
                    flagged.incrementAndGet();
                    return 1;
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    return new FeedPuller(index, List.of(feed), new SafeguardingService(queries, flags));
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int count(AnswerIndex index) {
    index.refresh();
    return index.search(s -> s.count(new MatchAllDocsQuery()));
  }

  private static String textOf(AnswerIndex index, String id) {
    return index.search(
        s -> {
          TopDocs top = s.search(new TermQuery(new Term(ItemFields.ID, id)), 1);
          return s.storedFields().document(top.scoreDocs[0].doc).get(ItemFields.TEXT);
        });
  }

  /** A feed in memory, a few items a page whatever the limit asked. */
  private static final class PagedFeed implements FeedSource {
    private final int page;
    private final List<FeedItem> items = new ArrayList<>();
    private final AtomicInteger fetches = new AtomicInteger();

    PagedFeed(int page) {
      this.page = page;
    }

    @Override
    public String name() {
      return "survey";
    }

    @Override
    public FeedPage fetch(String after, int limit) {
      fetches.incrementAndGet();
      int from = after.isEmpty() ? 0 : Integer.parseInt(after.substring(2));
      int to = Math.min(items.size(), from + Math.min(page, limit));
      return new FeedPage(List.copyOf(items.subList(from, to)), "m:" + to);
    }
  }
}

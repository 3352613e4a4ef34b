package se.hord.analysis.feed;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.hord.analysis.index.AnswerIndex;
import se.hord.analysis.privacy.Scrubber;
import se.hord.analysis.safeguarding.SafeguardingService;
import se.hord.platform.feed.Feed;
import se.hord.platform.feed.FeedItem;
import se.hord.platform.feed.FeedPage;

/**
 * Pulls every feed into the index, ten times a second: drains all new pages, indexes them
 * (scrubbed) together with the feed's new cursor, then makes them searchable. Before indexing, each
 * page goes through the safeguarding queries, so a disclosure is flagged within a poll. A feed that
 * is down is retried with growing pauses and logged once, not on every poll. All indexing happens
 * on this one scheduled thread, so a rebuild can never interleave with a pull.
 *
 * <p>A pull is a two-stage pipeline over the machine's cores: while this thread indexes page
 * <i>n</i>, a helper thread fetches page <i>n+1</i>, scrubs it and runs the safeguarding queries on
 * it. Pages are still indexed one after another in feed order, each page only after its check
 * succeeded, and a pull waits for its helper before it returns.
 */
@Singleton
public class FeedPuller implements AutoCloseable {
  /** Items asked for per page: the most the platform's feed gives. */
  static final int PAGE_SIZE = Feed.MAX_PAGE;

  private static final Logger LOG = LoggerFactory.getLogger(FeedPuller.class);
  private static final Duration FIRST_RETRY = Duration.ofMillis(500);
  private static final Duration LAST_RETRY = Duration.ofSeconds(30);

  private final AnswerIndex index;
  private final SafeguardingService safeguarding;
  private final List<FeedState> feeds;
  private final AtomicBoolean rebuildRequested = new AtomicBoolean();
  private volatile RebuildProgress progress = RebuildProgress.NONE;
  private final ExecutorService prefetcher =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "feed-prefetch");
            thread.setDaemon(true);
            return thread;
          });

  public FeedPuller(AnswerIndex index, List<FeedSource> sources, SafeguardingService safeguarding) {
    this.index = index;
    this.safeguarding = safeguarding;
    this.feeds = sources.stream().map(FeedState::new).toList();
  }

  /** Asks for the index to be deleted and refilled from the start of every feed. */
  public void requestRebuild() {
    rebuildRequested.set(true);
  }

  /** How far the last rebuild got. */
  public RebuildProgress progress() {
    return progress;
  }

  /** One round: rebuild if asked, then pull every feed that is not waiting out a failure. */
  @Scheduled(
      fixedDelay = "${hord.feeds.poll-interval:100ms}",
      initialDelay = "${hord.feeds.poll-interval:100ms}")
  public void pullAll() {
    if (rebuildRequested.getAndSet(false)) {
      LOG.info("Rebuilding the index from the feeds");
      progress = new RebuildProgress(RebuildProgress.REBUILDING, 0, index.count(), List.of());
      index.clear();
      feeds.forEach(FeedState::retryNow);
    }
    boolean changed = false;
    for (FeedState feed : feeds) {
      if (feed.due()) {
        changed |= pull(feed);
      }
    }
    if (changed) {
      index.refresh();
    }
    if (progress.rebuilding()) {
      List<String> down =
          feeds.stream().filter(f -> f.failures > 0).map(f -> f.source.name()).toList();
      progress = down.isEmpty() ? progress.finished() : progress.read(0, down);
    }
  }

  private boolean pull(FeedState feed) {
    String name = feed.source.name();
    boolean changed = false;
    Future<Checked> ahead = null;
    try {
      Checked page = fetchAndCheck(feed.source, index.cursor(name).orElse(""));
      while (page != null) {
        ahead = page.last() ? null : prefetcher.submit(fetchAndCheckTask(feed.source, page.next()));
        index.indexScrubbed(name, page.items(), page.next());
        if (page.items().size() < PAGE_SIZE) {
          // The feed's tail: searchable now, not after the round trip that finds nothing more.
          index.refresh();
        }
        if (progress.rebuilding()) {
          progress = progress.read(page.items().size(), progress.down());
        }
        changed = true;
        page = ahead == null ? null : await(ahead);
        ahead = null;
      }
      feed.succeeded();
    } catch (HttpClientResponseException e) {
      if (e.getStatus() == HttpStatus.CONFLICT) {
        LOG.warn("{} was replaced (it refuses our cursor): rebuilding the index", feed.source);
        requestRebuild();
      } else {
        feed.failed(e);
      }
    } catch (RuntimeException e) {
      feed.failed(e);
    } finally {
      if (ahead != null) {
        finish(ahead);
      }
    }
    return changed;
  }

  /**
   * The page after this cursor, scrubbed and checked by the safeguarding queries; null when there
   * is nothing new.
   */
  private Checked fetchAndCheck(FeedSource source, String cursor) {
    FeedPage page = source.fetch(cursor, PAGE_SIZE);
    String next = page.next() == null || page.next().isBlank() ? cursor : page.next();
    boolean moved = !next.equals(cursor);
    if (page.items().isEmpty() && !moved) {
      return null;
    }
    List<FeedItem> scrubbed = Scrubber.scrubAll(page.items());
    safeguarding.checkScrubbed(scrubbed);
    return new Checked(scrubbed, next, page.items().isEmpty() || !moved);
  }

  private Callable<Checked> fetchAndCheckTask(FeedSource source, String cursor) {
    return () -> fetchAndCheck(source, cursor);
  }

  /** The helper's page, or its failure as thrown by {@link #fetchAndCheck} itself. */
  private static Checked await(Future<Checked> ahead) {
    try {
      return ahead.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while pulling", e);
    }
  }

  /** Lets a page fetched ahead finish (its page is dropped: the next pull asks again). */
  private static void finish(Future<Checked> ahead) {
    try {
      ahead.get();
    } catch (ExecutionException e) {
      // the pull already failed or stopped; this page is asked for again
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the helper thread. */
  @PreDestroy
  @Override
  public void close() {
    prefetcher.shutdownNow();
  }

  /**
   * A page ready to index: its items scrubbed and checked, the cursor after it, and whether it is
   * the feed's last page for now.
   */
  private record Checked(List<FeedItem> items, String next, boolean last) {}

  /** A feed and how it fared lately. */
  private static final class FeedState {
    private final FeedSource source;
    private int failures;
    private long retryAt;

    FeedState(FeedSource source) {
      this.source = source;
      this.retryAt = System.nanoTime(); // nanoTime may be negative: never compare with 0
    }

    boolean due() {
      return System.nanoTime() - retryAt >= 0;
    }

    void retryNow() {
      retryAt = System.nanoTime();
    }

    void succeeded() {
      if (failures > 0) {
        LOG.info("{} answers again after {} failed tries", source, failures);
      }
      failures = 0;
    }

    void failed(RuntimeException e) {
      if (failures == 0) {
        LOG.warn("{} cannot be read ({}); retrying quietly with backoff", source, e.toString());
      }
      failures++;
      Duration pause = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 6));
      retryAt = System.nanoTime() + Math.min(pause.toNanos(), LAST_RETRY.toNanos());
    }
  }
}

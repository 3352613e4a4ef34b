package se.hord.analysis.feed;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.hord.analysis.index.AnswerIndex;
import se.hord.analysis.safeguarding.SafeguardingService;
import se.hord.platform.feed.FeedPage;

/**
 * Pulls every feed into the index, a few times a second: drains all new pages, indexes them
 * (scrubbed) together with the feed's new cursor, then makes them searchable. Before indexing, each
 * page goes through the safeguarding queries, so a disclosure is flagged within a poll. A feed that
 * is down is retried with growing pauses and logged once, not on every poll. All indexing happens
 * on this one scheduled thread, so a rebuild can never interleave with a pull.
 */
@Singleton
public class FeedPuller {
  /** Items asked for per page. */
  static final int PAGE_SIZE = 500;

  private static final Logger LOG = LoggerFactory.getLogger(FeedPuller.class);
  private static final Duration FIRST_RETRY = Duration.ofMillis(500);
  private static final Duration LAST_RETRY = Duration.ofSeconds(30);

  private final AnswerIndex index;
  private final SafeguardingService safeguarding;
  private final List<FeedState> feeds;
  private final AtomicBoolean rebuildRequested = new AtomicBoolean();
  private volatile RebuildProgress progress = RebuildProgress.NONE;

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
      fixedDelay = "${hord.feeds.poll-interval:250ms}",
      initialDelay = "${hord.feeds.poll-interval:250ms}")
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
    try {
      while (true) {
        String cursor = index.cursor(name).orElse("");
        FeedPage page = feed.source.fetch(cursor, PAGE_SIZE);
        String next = page.next() == null || page.next().isBlank() ? cursor : page.next();
        boolean moved = !next.equals(cursor);
        if (page.items().isEmpty() && !moved) {
          break;
        }
        safeguarding.check(page.items());
        index.index(name, page.items(), next);
        if (progress.rebuilding()) {
          progress = progress.read(page.items().size(), progress.down());
        }
        changed = true;
        if (page.items().isEmpty() || !moved) {
          break;
        }
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
    }
    return changed;
  }

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

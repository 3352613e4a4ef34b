package se.hord.analysis.feed;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import se.hord.platform.feed.FeedItem;
import se.hord.platform.feed.FeedPage;
import se.hord.platform.security.Roles;

/**
 * A survey feed served over real HTTP by the test application itself, two items a page, so the
 * puller has to drain several pages. Published items may repeat (a re-delivery).
 */
@Requires(property = "test.fake-feed")
@Controller("/fake/survey/api/feed")
@Secured(Roles.SERVICE)
public class FakeFeedController {
  static final int PAGE = 2;
  private final List<FeedItem> items = new CopyOnWriteArrayList<>();
  private final AtomicInteger readsFromStart = new AtomicInteger();

  @Get
  FeedPage feed(@QueryValue(defaultValue = "") String after, @QueryValue int limit) {
    if (after.isEmpty()) {
      readsFromStart.incrementAndGet();
    }
    int start = after.isEmpty() ? 0 : Integer.parseInt(after);
    int end = Math.min(items.size(), start + Math.min(PAGE, limit));
    return new FeedPage(List.copyOf(items.subList(start, end)), String.valueOf(end));
  }

  public void publish(FeedItem... published) {
    items.addAll(List.of(published));
  }

  /** How often the feed was read from its very start (once, plus once per rebuild). */
  int readsFromStart() {
    return readsFromStart.get();
  }
}

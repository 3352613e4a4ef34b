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
import se.hord.platform.web.ProblemException;

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
  private volatile String generation = "g1";

  @Get
  FeedPage feed(@QueryValue(defaultValue = "") String after, @QueryValue int limit) {
    if (after.isEmpty()) {
      readsFromStart.incrementAndGet();
    }
    if (!after.isEmpty() && !after.startsWith(generation + ":")) {
      throw ProblemException.conflict("the cursor belongs to another feed");
    }
    int start = after.isEmpty() ? 0 : Integer.parseInt(after.substring(after.indexOf(':') + 1));
    int end = Math.min(items.size(), start + Math.min(PAGE, limit));
    return new FeedPage(List.copyOf(items.subList(start, end)), generation + ":" + end);
  }

  /** The feed's database was replaced: new identity, only these items. */
  public void replaceWith(FeedItem... published) {
    items.clear();
    items.addAll(List.of(published));
    generation = "g" + (Integer.parseInt(generation.substring(1)) + 1);
  }

  public void publish(FeedItem... published) {
    items.addAll(List.of(published));
  }

  /** How often the feed was read from its very start (once, plus once per rebuild). */
  int readsFromStart() {
    return readsFromStart.get();
  }
}

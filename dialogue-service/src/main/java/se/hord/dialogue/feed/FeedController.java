package se.hord.dialogue.feed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import se.hord.platform.feed.Feed;
import se.hord.platform.feed.FeedPage;
import se.hord.platform.security.Roles;

/** The feed analysis pulls: every contribution, in commit order, after a cursor. */
@Controller("/api/feed")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.SERVICE, Roles.ADMIN})
public class FeedController {
  static final int DEFAULT_LIMIT = 500;
  private final Feed feed;

  FeedController(Feed feed) {
    this.feed = feed;
  }

  /** The items after {@code after} (start when empty), at most {@code limit}. */
  @Get
  FeedPage page(@Nullable @QueryValue String after, @Nullable @QueryValue Integer limit) {
    return feed.after(after, limit == null ? DEFAULT_LIMIT : limit);
  }
}

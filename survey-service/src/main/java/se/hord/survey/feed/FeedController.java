package se.hord.survey.feed;

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

/** The free-text feed that analysis pulls. */
@Controller("/api/feed")
@Secured({Roles.SERVICE, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
public class FeedController {
  static final int DEFAULT_LIMIT = 500;
  private final Feed feed;

  public FeedController(Feed feed) {
    this.feed = feed;
  }

  /** Items after the cursor, oldest first, with the cursor to ask with next. */
  @Get
  public FeedPage after(@Nullable @QueryValue String after, @Nullable @QueryValue Integer limit) {
    return feed.after(after, limit == null ? DEFAULT_LIMIT : limit);
  }
}

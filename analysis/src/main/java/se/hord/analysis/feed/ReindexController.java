package se.hord.analysis.feed;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import se.hord.platform.security.Roles;

/** Rebuilds the index from the feeds. */
@Controller("/api/admin/reindex")
@Secured(Roles.ADMIN)
public class ReindexController {
  private final FeedPuller puller;

  public ReindexController(FeedPuller puller) {
    this.puller = puller;
  }

  /** Starts a rebuild: the index is emptied and every feed read again from its start. */
  @Post
  public HttpResponse<Accepted> reindex() {
    puller.requestRebuild();
    return HttpResponse.accepted()
        .body(
            new Accepted(
                "Indexet byggs om från flödena. (The index is being rebuilt from the feeds.)"));
  }

  /** How far the last rebuild got: {@code {"state","done","total","down"}}. */
  @Get
  public RebuildProgress progress() {
    return puller.progress();
  }

  /** The answer to a rebuild request. */
  @Serdeable
  public record Accepted(String message) {}
}

package se.hord.analysis.search;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;

/** The search API for officials: their own municipalities; for admins, all. */
@Controller("/api/search")
@Secured({Roles.OFFICIAL, Roles.ADMIN})
public class SearchController {
  private final SearchService service;

  public SearchController(SearchService service) {
    this.service = service;
  }

  /** Answers like this one ("more like this"), up to {@code size} (default 10). */
  @Get("/similar/{id}")
  @ExecuteOn(TaskExecutors.BLOCKING)
  public SearchResult similar(
      String id,
      @io.micronaut.core.annotation.Nullable Integer size,
      Authentication authentication) {
    int wanted = size == null ? 10 : size;
    if (wanted < 1 || wanted > SearchParams.MAX_SIZE) {
      throw se.hord.platform.web.ProblemException.badRequest(
          "size ska vara 1–100. (size must be 1–100.)");
    }
    return service.similar(id, wanted, Caller.of(authentication));
  }

  /** Answers matching {@code q} and the filters, with facet counts; see the README. */
  @Get
  @ExecuteOn(TaskExecutors.BLOCKING)
  public SearchResult search(HttpRequest<?> request, Authentication authentication) {
    return service.search(SearchParams.from(request.getParameters()), Caller.of(authentication));
  }
}

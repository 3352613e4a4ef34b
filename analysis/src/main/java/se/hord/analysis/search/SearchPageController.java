package se.hord.analysis.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.hord.analysis.feed.FeedPuller;
import se.hord.analysis.web.LoginRedirect;
import se.hord.analysis.web.ProblemText;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;
import se.hord.platform.view.Nav;
import se.hord.platform.web.ProblemException;

/** The officials' search page (HTML, works without JavaScript); login by the HORD_TOKEN cookie. */
@Controller("/search")
@Secured(SecurityRule.IS_ANONYMOUS)
public class SearchPageController {
  private static final List<String> PARAMS =
      List.of(
          "q",
          "theme",
          "municipality",
          "source",
          "originId",
          "ageBand",
          "gender",
          "area",
          "from",
          "to",
          "month",
          "sort",
          "size",
          "page",
          "like");
  private static final String NOT_OFFICIAL =
      "Sökningen är till för tjänstepersoner. (Search is for officials.)";

  private final SearchService service;
  private final FeedPuller puller;
  private final Nav nav;

  public SearchPageController(SearchService service, FeedPuller puller, Nav nav) {
    this.service = service;
    this.puller = puller;
    this.nav = nav;
  }

  /** Shows the search; someone not logged in is sent to the login page and back here after. */
  @Get
  @Produces(MediaType.TEXT_HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  public HttpResponse<?> page(HttpRequest<?> request, @Nullable Authentication authentication) {
    if (authentication == null) {
      return LoginRedirect.to(nav, request);
    }
    Map<String, String> asked = new LinkedHashMap<>();
    PARAMS.forEach(p -> request.getParameters().getFirst(p).ifPresent(v -> asked.put(p, v)));
    Caller caller = Caller.of(authentication);
    if (!caller.isAdmin() && !caller.roles().contains(Roles.OFFICIAL)) {
      return view(HttpStatus.FORBIDDEN, SearchPage.failed(asked, NOT_OFFICIAL));
    }
    try {
      String like = asked.get("like");
      SearchResult result =
          like == null
              ? service.search(SearchParams.from(request.getParameters()), caller)
              : service.similar(like, SearchParams.DEFAULT_SIZE, caller);
      return view(HttpStatus.OK, SearchPage.of(asked, result));
    } catch (ProblemException e) {
      return view(e.status(), SearchPage.failed(asked, ProblemText.of(e)));
    }
  }

  private HttpResponse<?> view(HttpStatus status, SearchPage page) {
    return HttpResponse.status(status)
        .body(
            new ModelAndView<>(
                "search/page", Map.of("title", "Sök", "page", page, "rebuild", puller.progress())));
  }
}

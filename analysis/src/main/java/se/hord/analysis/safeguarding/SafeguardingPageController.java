package se.hord.analysis.safeguarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.hord.analysis.web.LoginRedirect;
import se.hord.platform.security.PageGuard;
import se.hord.platform.view.Nav;

/**
 * The safeguarding page for designated officials: flags newest first, with buttons to mark them
 * seen or acted on (plain form posts with a CSRF token); login by the HORD_TOKEN cookie.
 */
@Controller("/safeguarding")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SafeguardingPageController {
  private static final String VIEW = "safeguarding/page";

  private final SafeguardingService service;
  private final PageGuard guard;
  private final Nav nav;

  public SafeguardingPageController(SafeguardingService service, PageGuard guard, Nav nav) {
    this.service = service;
    this.guard = guard;
    this.nav = nav;
  }

  /** The flags this designated official (or admin) may see, newest first. */
  @Get
  @Produces(MediaType.TEXT_HTML)
  public HttpResponse<?> page(HttpRequest<?> request, @Nullable Authentication authentication) {
    if (authentication == null) {
      return LoginRedirect.to(nav, request);
    }
    Map<String, Object> model = new HashMap<>();
    model.put("title", "Skyddsfrågor");
    if (!Designated.is(authentication)) {
      model.put(
          "error",
          "Bara utsedda kontaktpersoner för skyddsfrågor ser flaggorna. (Only designated"
              + " safeguarding contacts see the flags.)");
      model.put("flags", List.of());
      return HttpResponse.status(HttpStatus.FORBIDDEN).body(new ModelAndView<>(VIEW, model));
    }
    model.put("flags", service.list(Designated.require(authentication)));
    model.put("csrf", guard.csrf(authentication));
    return HttpResponse.ok(new ModelAndView<>(VIEW, model));
  }

  /** Marks a flag seen or acted on, then shows the page again. */
  @Post("/{id}/status")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> status(
      HttpRequest<?> request,
      long id,
      @Body Map<String, String> form,
      @Nullable Authentication authentication) {
    if (authentication == null) {
      return LoginRedirect.to(nav, request);
    }
    guard.checkCsrf(authentication, form.get(PageGuard.CSRF_FIELD));
    service.changeStatus(id, form.get("status"), Designated.require(authentication));
    return HttpResponse.seeOther(URI.create("/safeguarding"));
  }
}

package se.hord.analysis.report;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import se.hord.analysis.search.SearchParams;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;

/** Theme reports: one municipality for its officials; across municipalities for admins. */
@Controller("/api/reports/themes")
@Secured({Roles.OFFICIAL, Roles.ADMIN})
public class ThemeReportController {
  private final ThemeReportService service;

  public ThemeReportController(ThemeReportService service) {
    this.service = service;
  }

  /** The report for {@code municipality}, {@code originId}, {@code from}, {@code to}. */
  @Get
  @ExecuteOn(TaskExecutors.BLOCKING)
  public ThemeReport report(HttpRequest<?> request, Authentication authentication) {
    return service.report(SearchParams.from(request.getParameters()), Caller.of(authentication));
  }
}

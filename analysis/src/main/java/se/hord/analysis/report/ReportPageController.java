package se.hord.analysis.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.hord.analysis.search.SearchParams;
import se.hord.analysis.web.LoginRedirect;
import se.hord.platform.security.Caller;
import se.hord.platform.view.Nav;
import se.hord.platform.web.ProblemException;

/**
 * The theme report as a print-friendly page ({@code /reports/themes?municipality=…}), and with
 * {@code format=pdf|csv|xlsx} as a file; login by the HORD_TOKEN cookie.
 */
@Controller("/reports/themes")
@Secured(SecurityRule.IS_ANONYMOUS)
public class ReportPageController {
  static final ReportRendering.Page PAGE =
      new ReportRendering.Page("reports/themes", "/reports/themes", "Temarapport");

  private final ThemeReportService service;
  private final ReportRendering rendering;
  private final Nav nav;

  public ReportPageController(ThemeReportService service, ReportRendering rendering, Nav nav) {
    this.service = service;
    this.rendering = rendering;
    this.nav = nav;
  }

  /** The report page, or the report as PDF, CSV or XLSX. */
  @Get
  @ExecuteOn(TaskExecutors.BLOCKING)
  public HttpResponse<?> report(
      HttpRequest<?> request, @Nullable Authentication authentication, @Nullable String format) {
    if (authentication == null) {
      return LoginRedirect.to(nav, request);
    }
    ThemeReport report;
    try {
      report =
          service.report(SearchParams.from(request.getParameters()), Caller.of(authentication));
    } catch (ProblemException e) {
      return rendering.error(PAGE, request, e);
    }
    String name = "temarapport-" + (report.municipality() == null ? "alla" : report.municipality());
    return rendering.respond(
        PAGE, request, report, format, name, () -> ReportExports.lines(report));
  }
}

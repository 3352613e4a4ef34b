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
import java.time.Duration;
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

  /** How long the page waits for a report before it shows the progress instead. */
  static final Duration PATIENCE = Duration.ofSeconds(1);

  private final ThemeReportService service;
  private final ReportJobs jobs;
  private final ReportRendering rendering;
  private final Nav nav;

  public ReportPageController(
      ThemeReportService service, ReportJobs jobs, ReportRendering rendering, Nav nav) {
    this.service = service;
    this.jobs = jobs;
    this.rendering = rendering;
    this.nav = nav;
  }

  /** The report page, or the report as PDF, CSV or XLSX. */
  @Get
  @ExecuteOn(TaskExecutors.BLOCKING)
  public HttpResponse<?> report(
      HttpRequest<?> request, @Nullable Authentication authentication, @Nullable String format)
      throws InterruptedException {
    if (authentication == null) {
      return LoginRedirect.to(nav, request);
    }
    String query = request.getUri().getRawQuery() == null ? "" : request.getUri().getRawQuery();
    ThemeReport report;
    try {
      SearchParams params = SearchParams.from(request.getParameters());
      Caller caller = Caller.of(authentication);
      if (format == null || format.equals("html")) {
        // The page shows progress when the report takes long; the files are simply waited for.
        String key = jobKey(caller, query);
        ReportJobs.Answer answer =
            jobs.get(key, progress -> service.report(params, caller, progress), PATIENCE);
        if (answer.report() == null) {
          return rendering.progress(PAGE, request, answer.progress());
        }
        report = answer.report();
      } else {
        report = service.report(params, caller);
      }
    } catch (ProblemException e) {
      return rendering.error(PAGE, request, e);
    }
    String name = "temarapport-" + (report.municipality() == null ? "alla" : report.municipality());
    return rendering.respond(
        PAGE, request, report, format, name, () -> ReportExports.lines(report));
  }

  /** Who asks for what: a reload by the same person finds the same report job. */
  static String jobKey(Caller caller, String query) {
    return caller.name() + caller.municipalities() + "|" + query.replaceAll("&?format=[^&]*", "");
  }
}

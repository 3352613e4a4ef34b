package se.hord.analysis.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.time.Year;
import java.time.ZoneId;
import se.hord.analysis.web.LoginRedirect;
import se.hord.platform.security.Caller;
import se.hord.platform.view.Nav;
import se.hord.platform.web.ProblemException;

/**
 * The barnbokslut as a print-friendly page ({@code /reports/barnbokslut?municipality=&year=}), and
 * with {@code format=pdf|csv|xlsx} as a file. Without {@code municipality} an official gets their
 * first one; without {@code year}, this year. Login by the HORD_TOKEN cookie.
 */
@Controller("/reports/barnbokslut")
@Secured(SecurityRule.IS_ANONYMOUS)
public class BarnbokslutPageController {
  static final ReportRendering.Page PAGE =
      new ReportRendering.Page("reports/barnbokslut", "/reports/barnbokslut", "Barnbokslut");

  private final BarnbokslutService service;
  private final ReportRendering rendering;
  private final Nav nav;

  public BarnbokslutPageController(BarnbokslutService service, ReportRendering rendering, Nav nav) {
    this.service = service;
    this.rendering = rendering;
    this.nav = nav;
  }

  /** The page, or the barnbokslut as PDF, CSV or XLSX. */
  @Get
  @ExecuteOn(TaskExecutors.BLOCKING)
  public HttpResponse<?> report(
      HttpRequest<?> request,
      @Nullable Authentication authentication,
      @Nullable @QueryValue String municipality,
      @Nullable @QueryValue String year,
      @Nullable @QueryValue String format) {
    if (authentication == null) {
      return LoginRedirect.to(nav, request);
    }
    Caller caller = Caller.of(authentication);
    String chosen =
        municipality == null && !caller.municipalities().isEmpty()
            ? caller.municipalities().iterator().next()
            : municipality;
    String when =
        year == null ? String.valueOf(Year.now(ZoneId.of("Europe/Stockholm")).getValue()) : year;
    Barnbokslut report;
    try {
      report = service.report(chosen, when, caller);
    } catch (ProblemException e) {
      return rendering.error(PAGE, request, e);
    }
    return rendering.respond(
        PAGE,
        request,
        report,
        format,
        "barnbokslut-" + report.municipality() + "-" + report.year(),
        () -> ReportExports.lines(report));
  }
}

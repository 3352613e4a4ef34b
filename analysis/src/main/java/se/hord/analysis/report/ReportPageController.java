package se.hord.analysis.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import se.hord.analysis.feed.FeedPuller;
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
  static final String VIEW = "reports/themes";
  static final MediaType XLSX =
      MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  /** How long the page waits for a report before it shows the progress instead. */
  static final Duration PATIENCE = Duration.ofSeconds(1);

  private final ThemeReportService service;
  private final ReportJobs jobs;
  private final FeedPuller puller;
  private final ThymeleafViewsRenderer<Map<String, Object>> renderer;
  private final Nav nav;

  public ReportPageController(
      ThemeReportService service,
      ReportJobs jobs,
      FeedPuller puller,
      ThymeleafViewsRenderer<Map<String, Object>> renderer,
      Nav nav) {
    this.service = service;
    this.jobs = jobs;
    this.puller = puller;
    this.renderer = renderer;
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
          Map<String, Object> model = model(null, null, query, false);
          model.put("progress", answer.progress());
          return HttpResponse.ok(new ModelAndView<>(VIEW, model));
        }
        report = answer.report();
      } else {
        report = service.report(params, caller);
      }
    } catch (ProblemException e) {
      return HttpResponse.status(e.status())
          .body(new ModelAndView<>(VIEW, model(null, e.getMessage(), query, false)));
    }
    String name = "temarapport-" + (report.municipality() == null ? "alla" : report.municipality());
    return switch (format == null ? "html" : format) {
      case "pdf" ->
          file(
              ReportPdf.render(html(model(report, null, query, true))),
              MediaType.of("application/pdf"),
              name + ".pdf");
      case "csv" ->
          file(ReportExports.csv(report), MediaType.of("text/csv; charset=utf-8"), name + ".csv");
      case "xlsx" -> file(ReportExports.xlsx(report), XLSX, name + ".xlsx");
      case "html" -> HttpResponse.ok(new ModelAndView<>(VIEW, model(report, null, query, false)));
      default ->
          throw ProblemException.badRequest(
              "Okänt format: välj pdf, csv eller xlsx. (Unknown format: choose pdf, csv or xlsx.)");
    };
  }

  /** Who asks for what: a reload by the same person finds the same report job. */
  static String jobKey(Caller caller, String query) {
    return caller.name() + caller.municipalities() + "|" + query.replaceAll("&?format=[^&]*", "");
  }

  private Map<String, Object> model(
      @Nullable ThemeReport report, @Nullable String error, String query, boolean pdf) {
    Map<String, Object> model = new HashMap<>();
    model.put("title", "Temarapport");
    model.put("nav", nav);
    model.put("pdf", pdf);
    model.put("rebuild", puller.progress());
    model.put("query", query.replaceAll("&?format=[^&]*", ""));
    if (report != null) {
      model.put("report", report);
    }
    if (error != null) {
      model.put("error", error);
    }
    return model;
  }

  private String html(Map<String, Object> model) {
    Writable writable = renderer.render(VIEW, model, null);
    StringWriter out = new StringWriter();
    try {
      writable.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static HttpResponse<byte[]> file(byte[] body, MediaType type, String name) {
    return HttpResponse.ok(body)
        .contentType(type)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
  }
}

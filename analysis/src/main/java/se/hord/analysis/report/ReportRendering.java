package se.hord.analysis.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import se.hord.analysis.feed.FeedPuller;
import se.hord.platform.view.Nav;
import se.hord.platform.web.ProblemException;

/**
 * What the report pages share ({@code /reports/themes}, {@code /reports/barnbokslut}): the page, or
 * with {@code format=pdf|csv|xlsx} a file: the PDF is the page's own HTML laid out by
 * openhtmltopdf, CSV and XLSX are the report's lines ({@link ReportExports}).
 */
@Singleton
class ReportRendering {
  static final MediaType XLSX =
      MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ThymeleafViewsRenderer<Map<String, Object>> renderer;
  private final Nav nav;
  private final FeedPuller puller;

  ReportRendering(
      ThymeleafViewsRenderer<Map<String, Object>> renderer, Nav nav, FeedPuller puller) {
    this.renderer = renderer;
    this.nav = nav;
    this.puller = puller;
  }

  /** One report page: its template, its own path (for the format links) and its title. */
  record Page(String view, String path, String title) {}

  /** The page with only an error message, with the error's status. */
  HttpResponse<?> error(Page page, HttpRequest<?> request, ProblemException e) {
    return HttpResponse.status(e.status())
        .body(new ModelAndView<>(page.view(), model(page, null, e.getMessage(), request, false)));
  }

  /** The page saying how far a report that takes long has come; it reloads itself. */
  HttpResponse<?> progress(Page page, HttpRequest<?> request, Object progress) {
    Map<String, Object> model = model(page, null, null, request, false);
    model.put("progress", progress);
    return HttpResponse.ok(new ModelAndView<>(page.view(), model));
  }

  /** The report as the page, or as the file {@code format} asks for, named {@code name.*}. */
  HttpResponse<?> respond(
      Page page,
      HttpRequest<?> request,
      Object report,
      @Nullable String format,
      String name,
      Supplier<List<List<String>>> lines) {
    return switch (format == null ? "html" : format) {
      case "pdf" ->
          file(
              ReportPdf.render(html(page.view(), model(page, report, null, request, true))),
              MediaType.of("application/pdf"),
              name + ".pdf");
      case "csv" ->
          file(
              ReportExports.csv(lines.get()),
              MediaType.of("text/csv; charset=utf-8"),
              name + ".csv");
      case "xlsx" -> file(ReportExports.xlsx(lines.get()), XLSX, name + ".xlsx");
      case "html" ->
          HttpResponse.ok(
              new ModelAndView<>(page.view(), model(page, report, null, request, false)));
      default ->
          throw ProblemException.badRequest(
              "Okänt format: välj pdf, csv eller xlsx. (Unknown format: choose pdf, csv or xlsx.)");
    };
  }

  private Map<String, Object> model(
      Page page,
      @Nullable Object report,
      @Nullable String error,
      HttpRequest<?> request,
      boolean pdf) {
    String query = request.getUri().getRawQuery() == null ? "" : request.getUri().getRawQuery();
    Map<String, Object> model = new HashMap<>();
    model.put("title", page.title());
    model.put("path", page.path());
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

  private String html(String view, Map<String, Object> model) {
    Writable writable = renderer.render(view, model, null);
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

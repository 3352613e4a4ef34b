package se.hord.analysis.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.hord.analysis.web.LoginRedirect;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;
import se.hord.platform.view.Nav;
import se.hord.platform.web.ProblemException;

/**
 * The search page's export: every answer of the current search and filters, as CSV or XLSX,
 * streamed while it is read from the index. Only the caller's municipalities (an ADMIN: all).
 */
@Controller("/search/export")
@Secured(SecurityRule.IS_ANONYMOUS)
public class SearchExportController {
  private static final Logger LOG = LoggerFactory.getLogger(SearchExportController.class);
  private static final MediaType XLSX =
      MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final int PIPE = 64 * 1024;

  private final SearchService service;
  private final ExecutorService writers;
  private final Nav nav;

  public SearchExportController(
      SearchService service, @Named(TaskExecutors.BLOCKING) ExecutorService writers, Nav nav) {
    this.service = service;
    this.writers = writers;
    this.nav = nav;
  }

  /** The selection of {@code /search?…} with the same parameters, as {@code format=csv|xlsx}. */
  @Get
  @ExecuteOn(TaskExecutors.BLOCKING)
  public HttpResponse<?> export(
      HttpRequest<?> request, @Nullable String format, @Nullable Authentication authentication)
      throws IOException {
    if (authentication == null) {
      return LoginRedirect.to(nav, request);
    }
    Caller caller = Caller.of(authentication);
    if (!caller.isAdmin() && !caller.roles().contains(Roles.OFFICIAL)) {
      throw ProblemException.forbidden(
          "Sökningen är till för tjänstepersoner. (Search is for officials.)");
    }
    boolean xlsx = "xlsx".equals(format);
    if (!xlsx && !"csv".equals(format)) {
      throw ProblemException.badRequest(
          "Välj format csv eller xlsx. (Choose the format csv or xlsx.)");
    }
    Selection selection = service.selection(SearchParams.from(request.getParameters()), caller);
    PipedInputStream in = new PipedInputStream(PIPE);
    PipedOutputStream out = new PipedOutputStream(in);
    writers.execute(() -> write(selection, xlsx, out));
    StreamedFile file = new StreamedFile(in, xlsx ? XLSX : MediaType.of("text/csv; charset=utf-8"));
    return HttpResponse.ok(file.attach(xlsx ? "svar.xlsx" : "svar.csv"));
  }

  private static void write(Selection selection, boolean xlsx, OutputStream out) {
    try (out) {
      if (xlsx) {
        SelectionExport.xlsx(selection, out);
      } else {
        SelectionExport.csv(selection, out);
      }
    } catch (IOException | RuntimeException e) {
      // The download stops short; the reader closing the pipe early lands here too.
      LOG.warn("An export of the search stopped: {}", e.toString());
    }
  }
}

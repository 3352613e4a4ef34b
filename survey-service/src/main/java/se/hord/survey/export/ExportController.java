package se.hord.survey.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;

/** Downloads of a survey's responses for the officials of its municipality. */
@Controller("/api/surveys/{id}/export")
@Secured({Roles.OFFICIAL, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
public class ExportController {
  private final ExportService exports;

  public ExportController(ExportService exports) {
    this.exports = exports;
  }

  /** All responses, one row each, as CSV (default) or XLSX. */
  @Get
  public StreamedFile export(
      long id, @Nullable @QueryValue String format, Authentication authentication) {
    return exports.export(Caller.of(authentication), id, format == null ? "csv" : format);
  }
}

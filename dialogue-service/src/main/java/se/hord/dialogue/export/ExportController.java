package se.hord.dialogue.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import se.hord.dialogue.dialogue.DialogueView;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;
import se.hord.platform.web.ProblemException;

/** A dialogue's data as a CSV file (one part) or an Excel workbook (every part, a sheet each). */
@Controller("/api/dialogues/{id}/export")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.OFFICIAL})
public class ExportController {
  static final MediaType CSV = MediaType.of("text/csv; charset=utf-8");
  static final MediaType XLSX =
      MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ExportService service;

  ExportController(ExportService service) {
    this.service = service;
  }

  /** Downloads the export; {@code format} csv (default) or xlsx, {@code part} for CSV. */
  @Get
  HttpResponse<Writable> export(
      long id,
      @Nullable @QueryValue String format,
      @Nullable @QueryValue String part,
      Authentication auth) {
    String chosenFormat = format == null ? "csv" : format;
    String chosenPart = part == null ? "contributions" : part;
    if (!List.of("csv", "xlsx").contains(chosenFormat)) {
      throw ProblemException.badRequest(
          "Formatet ska vara csv eller xlsx. (The format must be csv or xlsx.)");
    }
    if (!ExportService.PARTS.contains(chosenPart)) {
      throw ProblemException.badRequest(
          "Delen ska vara contributions, statements, votes eller tallies."
              + " (The part must be contributions, statements, votes or tallies.)");
    }
    DialogueView dialogue = service.dialogue(id, Caller.of(auth));
    if (chosenFormat.equals("xlsx")) {
      List<ExportTable> tables = service.tables(dialogue, ExportService.PARTS);
      return download(XLSX, "dialog-" + id + ".xlsx", out -> Xlsx.write(tables, out));
    }
    ExportTable table = service.tables(dialogue, List.of(chosenPart)).get(0);
    return download(
        CSV,
        "dialog-" + id + "-" + chosenPart + ".csv",
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          Csv.write(table, writer);
        });
  }

  private static HttpResponse<Writable> download(MediaType type, String filename, Body body) {
    Writable writable =
        new Writable() {
          @Override
          public void writeTo(Writer out) {
            throw new UnsupportedOperationException("an export is written as bytes");
          }

          @Override
          public void writeTo(OutputStream out, @Nullable Charset charset) throws IOException {
            body.write(out);
          }
        };
    return HttpResponse.ok(writable)
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
  }

  /** Writes the file's bytes. */
  private interface Body {
    void write(OutputStream out) throws IOException;
  }
}

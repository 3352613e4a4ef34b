package se.hord.survey.export;

import io.micronaut.http.MediaType;
import io.micronaut.http.server.types.files.StreamedFile;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.hord.platform.security.Caller;
import se.hord.platform.web.Problem.Violation;
import se.hord.platform.web.ProblemException;
import se.hord.survey.definition.SurveyDefinition;
import se.hord.survey.definition.SurveyService;
import se.hord.survey.results.StoredAnswers;

/**
 * Streams a survey's responses as CSV or XLSX: a writer thread reads the responses one by one and
 * writes rows into a pipe that the HTTP response reads from, so no export is held in memory.
 */
@Singleton
public class ExportService {
  static final MediaType XLSX =
      MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  static final MediaType CSV = MediaType.of("text/csv; charset=utf-8");
  private static final Logger LOG = LoggerFactory.getLogger(ExportService.class);

  private final SurveyService surveys;
  private final StoredAnswers stored;

  public ExportService(SurveyService surveys, StoredAnswers stored) {
    this.surveys = surveys;
    this.stored = stored;
  }

  /** The export of survey {@code id} in {@code format} (csv or xlsx), as a file to download. */
  public StreamedFile export(Caller caller, long id, String format) {
    boolean xlsx = "xlsx".equals(format);
    if (!xlsx && !"csv".equals(format)) {
      throw ProblemException.invalid(
          "Välj format csv eller xlsx. (Choose the format csv or xlsx.)",
          List.of(new Violation("format", "csv eller xlsx (csv or xlsx)")));
    }
    SurveyDefinition definition = surveys.detail(caller, id).definition();
    Columns columns = Columns.of(definition);
    PipedInputStream in = new PipedInputStream(64 * 1024);
    PipedOutputStream out;
    try {
      out = new PipedOutputStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread.ofVirtual().name("export-" + id).start(() -> write(id, columns, xlsx, out));
    return new StreamedFile(in, xlsx ? XLSX : CSV).attach("survey-" + id + "." + format);
  }

  private void write(long id, Columns columns, boolean xlsx, OutputStream out) {
    try (out) {
      Sheet sheet = xlsx ? new XlsxWriter(out) : new CsvWriter(out);
      sheet.row(columns.headers());
      stored.forEach(
          id,
          response -> {
            try {
              sheet.row(columns.row(response));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      sheet.finish();
    } catch (IOException | UncheckedIOException e) {
      LOG.info("export of survey {} stopped: {}", id, e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("export of survey {} failed", id, e);
    }
  }
}

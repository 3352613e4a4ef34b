package se.hord.survey.xlsform;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.List;
import se.hord.platform.security.Caller;
import se.hord.platform.web.Problem.Violation;
import se.hord.platform.web.ProblemException;
import se.hord.survey.definition.SurveyService;
import se.hord.survey.definition.SurveyViews;

/** Imports an XLSForm (.xlsx, .csv or .md) as a draft survey. */
@Singleton
public class ImportService {
  private final SurveyService surveys;

  public ImportService(SurveyService surveys) {
    this.surveys = surveys;
  }

  /** The draft made from the form, and what of it could not be mapped, row by row. */
  @Serdeable
  public record Imported(long id, String slug, String status, List<String> unmapped) {}

  /** Reads, maps and stores the form; 400 listing every problem by row when it cannot. */
  public Imported importForm(Caller caller, String filename, byte[] bytes, String municipality) {
    String name = filename == null ? "" : filename;
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (!lower.endsWith(".xlsx") && !lower.endsWith(".csv") && !lower.endsWith(".md")) {
      throw invalid(
          List.of(
              new Violation(
                  "file", "välj en .xlsx- eller .csv-fil (choose an .xlsx or .csv file)")));
    }
    String place = municipality;
    if ((place == null || place.isBlank()) && caller.municipalities().size() == 1) {
      place = caller.municipalities().iterator().next();
    }
    if (place == null || place.isBlank()) {
      throw invalid(
          List.of(new Violation("municipality", "ange kommunkoden (give the municipality code)")));
    }
    java.util.Map<String, List<FormReader.Row>> sheets;
    try {
      sheets = FormReader.read(name, bytes);
    } catch (Exception e) {
      throw invalid(
          List.of(new Violation("file", "filen gick inte att läsa (the file could not be read)")));
    }
    String title = name.replaceFirst("\\.[^.]*$", "");
    XlsFormMapper.Mapped mapped =
        XlsFormMapper.map(sheets, place.trim(), title.isBlank() ? "XLSForm" : title);
    if (!mapped.problems().isEmpty()) {
      throw invalid(mapped.problems());
    }
    SurveyViews.Created created = surveys.create(caller, mapped.definition());
    return new Imported(created.id(), created.slug(), created.status(), mapped.unmapped());
  }

  private static ProblemException invalid(List<Violation> problems) {
    return ProblemException.invalid(
        "Formuläret gick inte att föra över, se listan. (The form could not be imported, see the"
            + " list.)",
        problems);
  }
}

package se.hord.survey.compare;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import se.hord.survey.results.ResultViews.Row;

/** The shapes of {@code GET /api/surveys/compare}; a hidden count is the text "&lt;5". */
public final class CompareViews {
  private CompareViews() {}

  /** One template's surveys side by side, question by question, aggregates only. */
  @Serdeable
  public record Comparison(
      String template, int minimumCount, List<Column> surveys, List<ComparedQuestion> questions) {}

  /**
   * One municipality's run of the template (its newest published or closed survey). {@code
   * surveyId} is only given for the caller's own municipalities.
   */
  @Serdeable
  public record Column(
      @Nullable Long surveyId,
      String municipality,
      String title,
      String status,
      boolean own,
      Object respondents) {}

  /** A question, with one row per column, in the same order; {@code group} is the municipality. */
  @Serdeable
  public record ComparedQuestion(String key, String type, String text, List<Row> rows) {}
}

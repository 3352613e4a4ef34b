package se.hord.survey.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/** The shapes of {@code GET /api/surveys/{id}/results}; a hidden count is the text "<5". */
public final class ResultViews {
  /** What a hidden count is shown as. */
  public static final String HIDDEN = "<" + Suppression.MIN;

  private ResultViews() {}

  /** A survey's results: every question overall, then broken down by background questions. */
  @Serdeable
  public record Results(
      long surveyId,
      String title,
      Object respondents,
      int minimumCount,
      List<QuestionResult> questions,
      List<Breakdown> breakdowns) {}

  /** One question over all respondents. */
  @Serdeable
  public record QuestionResult(String key, String type, String text, Row total) {}

  /** Every other question, one row per answer to the background question {@code by}. */
  @Serdeable
  public record Breakdown(
      String by, String text, List<Group> groups, List<GroupedQuestion> questions) {}

  /** One answer to the background question; {@code _none} is those who did not answer it. */
  @Serdeable
  public record Group(String key, String label) {}

  /** One question's rows, one per group. */
  @Serdeable
  public record GroupedQuestion(String key, List<Row> rows) {}

  /**
   * How a group (or everyone, {@code group} null) answered: how many, counts per option, and the
   * summary figures, which are left out when a count of the row is hidden.
   */
  @Serdeable
  public record Row(
      @Nullable String group,
      Object answered,
      List<Count> counts,
      @Nullable Double mean,
      @Nullable Double median,
      @Nullable BigDecimal min,
      @Nullable BigDecimal max,
      @Nullable Double shareAgreeing) {}

  /** How many chose an option, and their share of those who answered (when both are shown). */
  @Serdeable
  public record Count(String key, String label, Object count, @Nullable Double share) {}
}

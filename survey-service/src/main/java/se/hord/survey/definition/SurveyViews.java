package se.hord.survey.definition;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** The API shapes of a survey. */
public final class SurveyViews {
  private SurveyViews() {}

  /** Answer to a create: where the new draft is. */
  @Serdeable
  public record Created(long id, String slug, String status) {}

  /** A survey in a list. */
  @Serdeable
  public record Summary(
      long id,
      String slug,
      String status,
      String municipality,
      String title,
      LocalDate createdOn) {}

  /** A survey with its whole definition. */
  @Serdeable
  public record Detail(
      long id,
      String slug,
      String status,
      String municipality,
      String title,
      LocalDate createdOn,
      SurveyDefinition definition) {}
}

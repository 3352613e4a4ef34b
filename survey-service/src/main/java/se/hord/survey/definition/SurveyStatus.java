package se.hord.survey.definition;

/** Where a survey is in its life: drafted, open for answers, or closed. */
public final class SurveyStatus {
  public static final String DRAFT = "draft";
  public static final String PUBLISHED = "published";
  public static final String CLOSED = "closed";

  private SurveyStatus() {}
}

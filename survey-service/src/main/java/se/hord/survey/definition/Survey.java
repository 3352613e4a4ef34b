package se.hord.survey.definition;

/** A stored survey with its definition read back. */
public record Survey(SurveyRow row, SurveyDefinition definition) {
  public long id() {
    return row.id();
  }

  public String status() {
    return row.status();
  }
}

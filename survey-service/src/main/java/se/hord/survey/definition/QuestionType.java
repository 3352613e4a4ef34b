package se.hord.survey.definition;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of question a survey may ask, by their JSON names. */
public enum QuestionType {
  SINGLE_CHOICE,
  MULTI_CHOICE,
  LIKERT,
  NUMBER,
  FREE_TEXT,
  YES_NO;

  /** The name used in JSON, e.g. {@code single_choice}. */
  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The type with this JSON name. */
  public static Optional<QuestionType> of(String json) {
    return Arrays.stream(values()).filter(t -> t.json().equals(json)).findFirst();
  }

  public boolean hasOptions() {
    return this == SINGLE_CHOICE || this == MULTI_CHOICE;
  }
}

package se.hord.survey.definition;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A survey as an official writes it (see DESIGN.md); checked by {@link DefinitionValidator}. {@code
 * sections} split the web form into pages, {@code guardianConsent} says what happens under 13 and
 * {@code contact} is the municipality's contact shown on the thank-you page.
 */
@Serdeable
public record SurveyDefinition(
    @Nullable Map<String, String> title,
    @Nullable Map<String, String> description,
    @Nullable String municipality,
    @Nullable List<String> languages,
    @Nullable String smsKeyword,
    @Nullable Integer minAge,
    @Nullable Integer maxAge,
    @Nullable List<Question> questions,
    @Nullable List<Section> sections,
    @Nullable GuardianConsent guardianConsent,
    @Nullable Map<String, String> contact) {

  @Creator
  public SurveyDefinition {}

  /** A definition without sections, guardian consent or contact. */
  public SurveyDefinition(
      Map<String, String> title,
      Map<String, String> description,
      String municipality,
      List<String> languages,
      String smsKeyword,
      Integer minAge,
      Integer maxAge,
      List<Question> questions) {
    this(
        title,
        description,
        municipality,
        languages,
        smsKeyword,
        minAge,
        maxAge,
        questions,
        null,
        null,
        null);
  }

  public List<Section> sectionList() {
    return sections == null ? List.of() : sections;
  }

  /** True when the form asks the age first (the survey has an age range). */
  public boolean hasAgeRange() {
    return minAge != null || maxAge != null;
  }

  public List<Question> questionList() {
    return questions == null ? List.of() : questions;
  }

  public Optional<Question> question(String key) {
    return questionList().stream().filter(q -> q.key().equals(key)).findFirst();
  }

  /** True when the survey can be shown in this language. */
  public boolean speaks(String lang) {
    return languages != null && languages.contains(lang);
  }

  public String titleIn(String lang) {
    return Texts.pick(title, lang, "");
  }
}

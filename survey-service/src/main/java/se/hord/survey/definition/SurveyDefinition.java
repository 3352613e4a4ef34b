package se.hord.survey.definition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A survey as an official writes it (see DESIGN.md); checked by {@link DefinitionValidator}. */
@Serdeable
public record SurveyDefinition(
    @Nullable Map<String, String> title,
    @Nullable Map<String, String> description,
    @Nullable String municipality,
    @Nullable List<String> languages,
    @Nullable String smsKeyword,
    @Nullable Integer minAge,
    @Nullable Integer maxAge,
    @Nullable List<Question> questions) {

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

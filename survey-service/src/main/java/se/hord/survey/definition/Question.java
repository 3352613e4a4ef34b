package se.hord.survey.definition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One question of a survey definition. Which fields matter depends on {@code type}: {@code options}
 * for choices, {@code scale} (and the end labels {@code lowLabel}/{@code highLabel}) for likert,
 * {@code min}/{@code max} for number, {@code maxLength} for free text. {@code role: "background"}
 * marks a question about the respondent; {@code dimension} says which feed field it fills.
 */
@Serdeable
public record Question(
    @Nullable String key,
    @Nullable String type,
    @Nullable Map<String, String> text,
    @Nullable Boolean required,
    @Nullable Integer scale,
    @Nullable Map<String, String> lowLabel,
    @Nullable Map<String, String> highLabel,
    @Nullable BigDecimal min,
    @Nullable BigDecimal max,
    @Nullable Integer maxLength,
    @Nullable List<Option> options,
    @Nullable ShowIf showIf,
    @Nullable String role,
    @Nullable String dimension) {

  /** The role that marks a question about the respondent. */
  public static final String BACKGROUND = "background";

  static final int DEFAULT_MAX_LENGTH = 2000;
  static final Set<String> DIMENSIONS = Set.of("ageBand", "gender", "area");

  public QuestionType kind() {
    return QuestionType.of(type).orElseThrow();
  }

  public boolean isRequired() {
    return Boolean.TRUE.equals(required);
  }

  public int maxLengthOrDefault() {
    return maxLength == null ? DEFAULT_MAX_LENGTH : maxLength;
  }

  public List<Option> optionList() {
    return options == null ? List.of() : options;
  }

  public Optional<Option> option(String optionKey) {
    return optionList().stream().filter(o -> o.key().equals(optionKey)).findFirst();
  }

  /** The question text in this language, Swedish when it has none. */
  public String label(String lang) {
    return Texts.pick(text, lang, key);
  }

  /** The feed field (ageBand, gender, area) a background question fills, if any. */
  public Optional<String> feedDimension() {
    if (!BACKGROUND.equals(role)) {
      return Optional.empty();
    }
    if (dimension != null) {
      return Optional.of(dimension);
    }
    return switch (key.toLowerCase(Locale.ROOT)) {
      case "alder", "ålder", "age", "ageband", "age_band", "aldersgrupp" -> Optional.of("ageBand");
      case "kon", "kön", "gender" -> Optional.of("gender");
      case "skola", "omrade", "område", "area", "district", "school", "stadsdel" ->
          Optional.of("area");
      default -> Optional.empty();
    };
  }
}

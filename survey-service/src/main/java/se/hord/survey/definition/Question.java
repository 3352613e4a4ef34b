package se.hord.survey.definition;

import io.micronaut.core.annotation.Creator;
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
 * marks a question about the respondent; {@code dimension} says which feed field it fills; {@code
 * section} names the form page it is on.
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
    @Nullable String dimension,
    @Nullable String section) {

  @Creator
  public Question {}

  /** A question outside any section. */
  public Question(
      String key,
      String type,
      Map<String, String> text,
      Boolean required,
      Integer scale,
      Map<String, String> lowLabel,
      Map<String, String> highLabel,
      BigDecimal min,
      BigDecimal max,
      Integer maxLength,
      List<Option> options,
      ShowIf showIf,
      String role,
      String dimension) {
    this(
        key, type, text, required, scale, lowLabel, highLabel, min, max, maxLength, options, showIf,
        role, dimension, null);
  }

  /** The role that marks a question about the respondent. */
  public static final String BACKGROUND = "background";

  /** Ends the answer key of an "other, namely" text. */
  public static final String OTHER_SUFFIX = "_other";

  /** Longest "other, namely" text. */
  public static final int OTHER_MAX_LENGTH = 500;

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

  /** The "other, namely" option, if the question has one. */
  public Optional<Option> otherOption() {
    return optionList().stream().filter(o -> o != null && o.isOther()).findFirst();
  }

  /** The answer key of the "other, namely" text: {@code <key>_other}. */
  public String otherKey() {
    return key + OTHER_SUFFIX;
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

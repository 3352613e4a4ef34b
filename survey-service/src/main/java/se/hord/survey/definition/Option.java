package se.hord.survey.definition;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * One choice of a single- or multi-choice question. {@code other: true} makes it "other, namely":
 * choosing it opens a text box, stored as the answer {@code <question>_other}.
 */
@Serdeable
public record Option(
    @Nullable String key, @Nullable Map<String, String> text, @Nullable Boolean other) {
  @Creator
  public Option {}

  public Option(String key, Map<String, String> text) {
    this(key, text, null);
  }

  public boolean isOther() {
    return Boolean.TRUE.equals(other);
  }

  /** The label in this language, Swedish when it has none. */
  public String label(String lang) {
    return Texts.pick(text, lang, key);
  }
}

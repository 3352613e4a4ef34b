package se.hord.survey.definition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/** One choice of a single- or multi-choice question. */
@Serdeable
public record Option(@Nullable String key, @Nullable Map<String, String> text) {
  /** The label in this language, Swedish when it has none. */
  public String label(String lang) {
    return Texts.pick(text, lang, key);
  }
}

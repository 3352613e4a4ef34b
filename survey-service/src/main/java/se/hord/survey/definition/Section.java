package se.hord.survey.definition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/** One page of the web form: its questions name it by {@code key} in their {@code section}. */
@Serdeable
public record Section(@Nullable String key, @Nullable Map<String, String> title) {
  /** The heading in this language, Swedish when it has none. */
  public String titleIn(String lang) {
    return Texts.pick(title, lang, key);
  }
}

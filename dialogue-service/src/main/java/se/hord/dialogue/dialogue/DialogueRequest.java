package se.hord.dialogue.dialogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import se.hord.dialogue.common.KeyedText;

/**
 * What an official sends to create a dialogue; every field is checked by the service. {@code
 * counters} are {@code {"key","label"}} pairs ; when left out the dialogue gets {@link
 * DialogueCounters#DEFAULTS}.
 */
@Serdeable
public record DialogueRequest(
    @Nullable String title,
    @Nullable String municipality,
    @Nullable String description,
    @Nullable List<KeyedText> prompts,
    @Nullable List<KeyedText> statements,
    @Nullable List<CounterDefinition> counters) {

  /** A dialogue with the default counters. */
  public DialogueRequest(
      @Nullable String title,
      @Nullable String municipality,
      @Nullable String description,
      @Nullable List<KeyedText> prompts,
      @Nullable List<KeyedText> statements) {
    this(title, municipality, description, prompts, statements, null);
  }
}

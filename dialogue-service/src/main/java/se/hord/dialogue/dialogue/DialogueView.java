package se.hord.dialogue.dialogue;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.hord.dialogue.common.KeyedText;

/** A dialogue as the API shows it. */
@Serdeable
public record DialogueView(
    long id,
    String title,
    String municipality,
    String description,
    List<KeyedText> prompts,
    List<KeyedText> statements,
    Instant createdAt) {

  /** The prompt with this key, if the dialogue has one. */
  public Optional<KeyedText> prompt(String key) {
    return prompts.stream().filter(p -> p.key().equals(key)).findFirst();
  }
}

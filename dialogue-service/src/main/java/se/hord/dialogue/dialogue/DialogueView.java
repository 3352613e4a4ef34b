package se.hord.dialogue.dialogue;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.hord.dialogue.common.KeyedText;

/**
 * A dialogue as the API shows it. {@code statements} are the approved ones only: those people may
 * vote on; {@code counters} are what its events tally.
 */
@Serdeable
public record DialogueView(
    long id,
    String title,
    String municipality,
    String description,
    List<KeyedText> prompts,
    List<KeyedText> statements,
    List<CounterDefinition> counters,
    Instant createdAt) {

  /** The prompt with this key, if the dialogue has one. */
  public Optional<KeyedText> prompt(String key) {
    return prompts.stream().filter(p -> p.key().equals(key)).findFirst();
  }

  /** The counter with this key, if the dialogue has one. */
  public Optional<CounterDefinition> counter(String key) {
    return counters.stream().filter(c -> c.key().equals(key)).findFirst();
  }
}

package se.hord.dialogue.dialogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A tally counter of a dialogue: a stable key and the label ambassadors see on the button. */
@Serdeable
public record CounterDefinition(@Nullable String key, @Nullable String label) {}

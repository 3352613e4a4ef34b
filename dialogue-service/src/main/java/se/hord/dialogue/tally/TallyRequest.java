package se.hord.dialogue.tally;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A tap on a counter: its key and how much to add (negative to correct a mistake). */
@Serdeable
public record TallyRequest(@Nullable String counter, @Nullable Integer delta) {}

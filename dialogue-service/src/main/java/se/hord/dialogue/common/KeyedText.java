package se.hord.dialogue.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A prompt or statement: a stable key and the text people see. */
@Serdeable
public record KeyedText(@Nullable String key, @Nullable String text) {}

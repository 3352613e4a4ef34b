package se.hord.dialogue.statement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An official's decision on a pending statement: {@code approve} or {@code reject}. */
@Serdeable
public record ModerationRequest(@Nullable String decision) {}

package se.hord.dialogue.statement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A statement a participant wants others to vote on. {@code participant} is the anonymous per-event
 * token of its author; it is checked but not stored. {@code consent}: the participant agreed that
 * it may be shown to others and used (default false; without it the statement is never approved).
 */
@Serdeable
public record StatementRequest(
    @Nullable String text, @Nullable String participant, @Nullable Boolean consent) {}

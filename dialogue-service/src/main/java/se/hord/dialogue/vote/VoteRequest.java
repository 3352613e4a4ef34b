package se.hord.dialogue.vote;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A participant's vote: the statement's key, {@code agree|disagree|pass}, the anonymous per-event
 * participant token, and optional background for the summary's breakdowns.
 */
@Serdeable
public record VoteRequest(
    @Nullable String statement,
    @Nullable String vote,
    @Nullable String participant,
    @Nullable String ageBand,
    @Nullable String gender,
    @Nullable String area) {}

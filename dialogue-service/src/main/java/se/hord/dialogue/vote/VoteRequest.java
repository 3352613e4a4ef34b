package se.hord.dialogue.vote;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A participant's vote: the statement's key, {@code agree|disagree|pass}, the anonymous per-event
 * participant token, optional background for the summary's breakdowns, and {@code consent} (the
 * young person agreed that the vote may be used; default false, stored with the vote).
 */
@Serdeable
public record VoteRequest(
    @Nullable String statement,
    @Nullable String vote,
    @Nullable String participant,
    @Nullable String ageBand,
    @Nullable String gender,
    @Nullable String area,
    @Nullable Boolean consent) {}

package se.hord.dialogue.vote;

import io.micronaut.core.annotation.Introspected;

/** How many agree, disagree and pass votes one statement has. */
@Introspected
public record VoteCounts(long agree, long disagree, long pass) {}

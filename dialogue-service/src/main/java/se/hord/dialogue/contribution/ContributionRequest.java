package se.hord.dialogue.contribution;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A quote or note an ambassador captured: the prompt it answers, the words, optional background,
 * and whether the young person agreed that it may be quoted.
 */
@Serdeable
public record ContributionRequest(
    @Nullable String prompt,
    @Nullable String text,
    @Nullable String ageBand,
    @Nullable String gender,
    @Nullable String area,
    @Nullable Boolean consent) {}

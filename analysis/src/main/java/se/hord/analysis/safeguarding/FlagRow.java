package se.hord.analysis.safeguarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A possible disclosure, as stored in {@code safeguarding_flag}; categories comma-separated. */
@MappedEntity("safeguarding_flag")
public record FlagRow(
    @Id @GeneratedValue @Nullable Long id,
    String itemId,
    String municipality,
    String categories,
    String text,
    Instant created,
    String status,
    @Nullable String changedBy,
    @Nullable Instant changedAt) {}

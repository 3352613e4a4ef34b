package se.hord.analysis.theme;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A theme as stored in the {@code theme} table. */
@MappedEntity("theme")
public record ThemeRow(
    @Id String themeKey,
    String labelSv,
    String labelEn,
    String description,
    String luceneQuery,
    String changedBy,
    Instant changedAt) {}

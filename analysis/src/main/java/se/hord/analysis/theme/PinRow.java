package se.hord.analysis.theme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One answer pinned into ({@code include}) or out of ({@code exclude}) a theme. */
@MappedEntity("theme_pin")
public record PinRow(
    @Id @GeneratedValue @Nullable Long id,
    String themeKey,
    String itemId,
    String mode,
    String changedBy,
    Instant changedAt) {}

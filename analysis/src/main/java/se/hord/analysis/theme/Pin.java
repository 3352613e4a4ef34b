package se.hord.analysis.theme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An answer pinned into ({@code include}) or out of ({@code exclude}) a theme. */
@Serdeable
public record Pin(@Nullable String id, @Nullable String mode) {}

package se.hord.dialogue.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What an official sends to plan a pop-up event. Times are ISO date-times, with an offset or as
 * Swedish local time.
 */
@Serdeable
public record EventRequest(
    @Nullable String name,
    @Nullable String place,
    @Nullable String startsAt,
    @Nullable String endsAt) {}

package se.hord.dialogue.contribution;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/**
 * What a young person said at a pop-up, as stored. Only the date: no time of day, address or
 * device, so the quote cannot be tied back to a person by when or where it was sent.
 */
@MappedEntity("contribution")
public record Contribution(
    @Id @GeneratedValue @Nullable Long id,
    Long eventId,
    String promptKey,
    String text,
    @Nullable String ageBand,
    @Nullable String gender,
    @Nullable String area,
    boolean consent,
    LocalDate createdOn) {}

package se.hord.dialogue.tally;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/**
 * One bump of an event's counter, as stored; {@code recordedBy} is the token subject of whoever
 * tapped (an ambassador's event token, or an official's account name).
 */
@MappedEntity("tally")
public record Tally(
    @Id @GeneratedValue @Nullable Long id,
    Long eventId,
    String counterKey,
    int delta,
    String recordedBy,
    LocalDate recordedOn) {}

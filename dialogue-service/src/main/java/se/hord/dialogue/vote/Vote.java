package se.hord.dialogue.vote;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/**
 * One participant's vote on one statement, as stored: {@code choice} 1 agree, -1 disagree, 0 pass.
 * The participant is an anonymous per-event token; only the date is kept.
 */
@MappedEntity("vote")
public record Vote(
    @Id @GeneratedValue @Nullable Long id,
    Long eventId,
    Long statementId,
    String participant,
    int choice,
    @Nullable String ageBand,
    @Nullable String gender,
    @Nullable String area,
    LocalDate votedOn,
    boolean consent) {}

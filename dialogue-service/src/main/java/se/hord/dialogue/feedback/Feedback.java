package se.hord.dialogue.feedback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A "what happened next" message of a dialogue, as stored. */
@MappedEntity("dialogue_feedback")
public record Feedback(
    @Id @GeneratedValue @Nullable Long id,
    Long dialogueId,
    String messageSv,
    @Nullable String messageEn,
    String sentBy,
    Instant sentAt) {}

package se.hord.dialogue.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A pop-up event of a dialogue, as stored. */
@MappedEntity("popup_event")
public record PopupEvent(
    @Id @GeneratedValue @Nullable Long id,
    Long dialogueId,
    String name,
    String place,
    Instant startsAt,
    Instant endsAt,
    String joinCode,
    Instant createdAt) {}

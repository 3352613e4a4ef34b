package se.hord.dialogue.dialogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A dialogue as stored: owned by one municipality. */
@MappedEntity("dialogue")
public record Dialogue(
    @Id @GeneratedValue @Nullable Long id,
    String municipality,
    String title,
    String description,
    Instant createdAt) {}

package se.hord.dialogue.dialogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A counter the events of a dialogue tally, such as first-time voters reached, as stored. */
@MappedEntity("dialogue_counter")
public record DialogueCounter(
    @Id @GeneratedValue @Nullable Long id,
    Long dialogueId,
    int position,
    String counterKey,
    String label) {}

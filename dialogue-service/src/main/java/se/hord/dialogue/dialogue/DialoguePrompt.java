package se.hord.dialogue.dialogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One open prompt of a dialogue, as stored. */
@MappedEntity("dialogue_prompt")
public record DialoguePrompt(
    @Id @GeneratedValue @Nullable Long id,
    Long dialogueId,
    int position,
    String promptKey,
    String text) {}

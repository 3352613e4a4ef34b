package se.hord.dialogue.dialogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One statement of a dialogue that participants agree or disagree with, as stored. */
@MappedEntity("dialogue_statement")
public record DialogueStatement(
    @Id @GeneratedValue @Nullable Long id,
    Long dialogueId,
    int position,
    String statementKey,
    String text) {}

package se.hord.dialogue.dialogue;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/** Stored prompts of dialogues. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface DialoguePromptRepository extends CrudRepository<DialoguePrompt, Long> {
  List<DialoguePrompt> findByDialogueIdInOrderByPosition(Collection<Long> dialogueIds);
}

package se.hord.dialogue.dialogue;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/** Stored statements of dialogues. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface DialogueStatementRepository extends CrudRepository<DialogueStatement, Long> {
  List<DialogueStatement> findByDialogueIdInOrderByPosition(Collection<Long> dialogueIds);
}

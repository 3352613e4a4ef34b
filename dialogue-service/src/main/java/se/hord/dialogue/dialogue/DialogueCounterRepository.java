package se.hord.dialogue.dialogue;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/** Stored tally counters of dialogues. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface DialogueCounterRepository extends CrudRepository<DialogueCounter, Long> {
  List<DialogueCounter> findByDialogueIdInOrderByPosition(Collection<Long> dialogueIds);
}

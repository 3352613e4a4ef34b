package se.hord.dialogue.dialogue;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored statements of dialogues. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface DialogueStatementRepository extends CrudRepository<DialogueStatement, Long> {
  List<DialogueStatement> findByDialogueIdInAndStatusOrderByPosition(
      Collection<Long> dialogueIds, String status);

  List<DialogueStatement> findByDialogueIdAndStatusOrderByPosition(Long dialogueId, String status);

  List<DialogueStatement> findByDialogueIdOrderByPosition(Long dialogueId);

  Optional<DialogueStatement> findByDialogueIdAndStatementKey(Long dialogueId, String key);

  long countByDialogueId(Long dialogueId);

  /** The statement, locked until the transaction ends, so two decisions cannot cross. */
  @Query(
      "SELECT * FROM dialogue_statement WHERE dialogue_id = :dialogueId"
          + " AND statement_key = :key FOR UPDATE")
  Optional<DialogueStatement> lockByKey(Long dialogueId, String key);
}

package se.hord.dialogue.feedback;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** Stored "what happened next" messages. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface FeedbackRepository extends CrudRepository<Feedback, Long> {
  List<Feedback> findByDialogueIdOrderById(Long dialogueId);

  Optional<Feedback> findFirstByDialogueIdOrderByIdDesc(Long dialogueId);
}

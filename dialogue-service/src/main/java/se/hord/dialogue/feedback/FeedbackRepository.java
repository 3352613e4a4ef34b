package se.hord.dialogue.feedback;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored "what happened next" messages. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface FeedbackRepository extends CrudRepository<Feedback, Long> {
  List<Feedback> findByDialogueIdOrderById(Long dialogueId);

  Optional<Feedback> findFirstByDialogueIdOrderByIdDesc(Long dialogueId);

  /** The messages of the dialogues of a municipality sent in [from, to), oldest first. */
  @Query(
      """
      SELECT f.* FROM dialogue_feedback f JOIN dialogue d ON d.id = f.dialogue_id
      WHERE d.municipality = :municipality AND f.sent_at >= :from AND f.sent_at < :to
      ORDER BY f.sent_at, f.id""")
  List<Feedback> sentBetween(String municipality, Instant from, Instant to);
}

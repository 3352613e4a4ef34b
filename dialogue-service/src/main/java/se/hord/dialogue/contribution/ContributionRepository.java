package se.hord.dialogue.contribution;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** Stored contributions. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ContributionRepository extends CrudRepository<Contribution, Long> {
  List<Contribution> findByEventIdOrderById(Long eventId);

  /** Every contribution captured at the events of a dialogue, oldest first. */
  @Query(
      "SELECT c.* FROM contribution c JOIN popup_event e ON e.id = c.event_id"
          + " WHERE e.dialogue_id = :dialogueId ORDER BY c.id")
  List<Contribution> findByDialogue(long dialogueId);
}

package se.hord.dialogue.tally;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** Stored counter bumps. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface TallyRepository extends CrudRepository<Tally, Long> {
  List<Tally> findByEventIdOrderById(Long eventId);

  /** Every bump at the events of a dialogue, in the order they were made. */
  @Query(
      "SELECT t.* FROM tally t JOIN popup_event e ON e.id = t.event_id"
          + " WHERE e.dialogue_id = :dialogueId ORDER BY t.id")
  List<Tally> findByDialogue(long dialogueId);
}

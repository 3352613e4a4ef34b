package se.hord.dialogue.event;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** Stored pop-up events. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface PopupEventRepository extends CrudRepository<PopupEvent, Long> {
  List<PopupEvent> findByDialogueIdOrderByStartsAt(Long dialogueId);

  Optional<PopupEvent> findByJoinCode(String joinCode);

  boolean existsByJoinCode(String joinCode);
}

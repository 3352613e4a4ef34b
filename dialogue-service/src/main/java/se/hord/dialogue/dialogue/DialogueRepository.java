package se.hord.dialogue.dialogue;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/** Stored dialogues. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface DialogueRepository extends CrudRepository<Dialogue, Long> {
  List<Dialogue> findByMunicipalityInOrderById(Collection<String> municipalities);

  List<Dialogue> listOrderById();
}

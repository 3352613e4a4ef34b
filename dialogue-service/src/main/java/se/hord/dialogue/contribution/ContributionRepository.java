package se.hord.dialogue.contribution;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** Stored contributions. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ContributionRepository extends CrudRepository<Contribution, Long> {
  List<Contribution> findByEventIdOrderById(Long eventId);
}

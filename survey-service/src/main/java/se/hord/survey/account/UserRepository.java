package se.hord.survey.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** Accounts in the {@code users} table. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface UserRepository extends CrudRepository<UserRow, Long> {
  Optional<UserRow> findByUsername(String username);

  boolean existsByUsername(String username);

  List<UserRow> listOrderByUsername();

  List<UserRow> findBySafeguarding(boolean safeguarding);
}

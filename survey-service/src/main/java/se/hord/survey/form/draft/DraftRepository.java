package se.hord.survey.form.draft;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DraftRepository extends CrudRepository<DraftRow, String> {
  Optional<DraftRow> findByTokenAndSurveyIdAndExpiresOnGreaterThanEquals(
      String token, long surveyId, LocalDate today);

  void deleteByExpiresOnLessThan(LocalDate today);
}

package se.hord.survey.response;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Responses in the {@code responses} table. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ResponseRepository extends CrudRepository<ResponseRow, Long> {
  long countBySurveyId(long surveyId);
}

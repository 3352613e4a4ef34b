package se.hord.survey.definition;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Surveys in the {@code surveys} table. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SurveyRepository extends CrudRepository<SurveyRow, Long> {
  Optional<SurveyRow> findBySlug(String slug);

  List<SurveyRow> listOrderByIdDesc();

  List<SurveyRow> listByMunicipalityInListOrderByIdDesc(Collection<String> municipalities);

  List<SurveyRow> findByStatus(String status);

  /** Moves a survey from one status to the next; 0 when it was not in {@code from}. */
  @Query("UPDATE surveys SET status = :to WHERE id = :id AND status = :from")
  int changeStatus(long id, String from, String to);
}

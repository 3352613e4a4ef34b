package se.hord.survey.feedback;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** Feedback messages in the {@code feedback} table. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface FeedbackRepository extends CrudRepository<FeedbackRow, Long> {
  List<FeedbackRow> findBySurveyIdOrderByIdDesc(Long surveyId);

  /** The newest feedback of the survey with this web address. */
  @Query(
      """
      SELECT f.* FROM feedback f JOIN surveys s ON s.id = f.survey_id
      WHERE s.slug = :slug ORDER BY f.id DESC LIMIT 1""")
  Optional<FeedbackRow> latestBySlug(String slug);
}

package se.hord.survey.feedback;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Feedback messages in the {@code feedback} table. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface FeedbackRepository extends CrudRepository<FeedbackRow, Long> {
  List<FeedbackRow> findBySurveyIdOrderByIdDesc(Long surveyId);

  /** The feedback of the surveys of a municipality sent in [from, to) (UTC), oldest first. */
  @Query(
      """
      SELECT f.* FROM feedback f JOIN surveys s ON s.id = f.survey_id
      WHERE s.municipality = :municipality AND f.created_at >= :from AND f.created_at < :to
      ORDER BY f.created_at, f.id""")
  List<FeedbackRow> sentBetween(String municipality, LocalDateTime from, LocalDateTime to);

  /** The newest feedback of the survey with this web address. */
  @Query(
      """
      SELECT f.* FROM feedback f JOIN surveys s ON s.id = f.survey_id
      WHERE s.slug = :slug ORDER BY f.id DESC LIMIT 1""")
  Optional<FeedbackRow> latestBySlug(String slug);
}

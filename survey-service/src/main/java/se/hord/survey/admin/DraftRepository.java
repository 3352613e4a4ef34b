package se.hord.survey.admin;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import se.hord.survey.definition.SurveyRow;

/** Saves an edited draft; published and closed surveys are never changed. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface DraftRepository extends GenericRepository<SurveyRow, Long> {
  /** Replaces a draft's definition; 0 when the survey is not a draft (any more). */
  @Query(
      "UPDATE surveys SET title = :title, municipality = :municipality, definition = :definition"
          + " WHERE id = :id AND status = 'draft'")
  int replaceDraft(long id, String title, String municipality, String definition);
}

package se.hord.survey.response;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import se.hord.platform.db.GatheredWrites;

/**
 * Inserts responses: at once outside a group-commit batch, with one statement for the whole batch
 * inside one (the ids come from {@link ResponseIds}, so nothing waits for the insert to learn
 * them).
 */
@Singleton
class ResponseWriter extends GatheredWrites<ResponseRow> {
  private final JdbcOperations jdbc;
  private final ResponseIds ids;

  ResponseWriter(JdbcOperations jdbc, ResponseIds ids) {
    this.jdbc = jdbc;
    this.ids = ids;
  }

  /** The response with its new id; written in the current transaction (now or at batch end). */
  ResponseRow insert(ResponseRow response) {
    ResponseRow row =
        new ResponseRow(
            ids.next(),
            response.surveyId(),
            response.answeredOn(),
            response.channel(),
            response.answers(),
            response.ageBand());
    add(List.of(row));
    return row;
  }

  @Override
  protected void write(List<ResponseRow> rows) {
    try {
      executeBatch(
          jdbc.getConnection(),
          "INSERT INTO responses (id, survey_id, answered_on, channel, answers, age_band)"
              + " VALUES (?, ?, ?, ?, ?, ?)",
          rows,
          (insert, row) -> {
            insert.setLong(1, row.id());
            insert.setLong(2, row.surveyId());
            insert.setObject(3, row.answeredOn());
            insert.setString(4, row.channel());
            insert.setString(5, row.answers());
            insert.setString(6, row.ageBand());
          });
    } catch (SQLException e) {
      throw new IllegalStateException("could not store the responses", e);
    }
  }
}

package se.hord.survey.results;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/** Reads a survey's stored responses one at a time (a streaming cursor), oldest first. */
@Singleton
public class StoredAnswers {
  private static final Argument<Map<String, Object>> ANSWERS =
      Argument.mapOf(String.class, Object.class);

  private final DataSource dataSource;
  private final JsonMapper json;

  public StoredAnswers(DataSource dataSource, JsonMapper json) {
    this.dataSource = dataSource;
    this.json = json;
  }

  /** One response: its id, date, channel and answers by question key. */
  public record Stored(
      long id, LocalDate answeredOn, String channel, Map<String, Object> answers) {}

  /** Calls {@code each} for every response of the survey, without holding them all in memory. */
  @Transactional(readOnly = true)
  public void forEach(long surveyId, Consumer<Stored> each) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT id, answered_on, channel, answers FROM responses WHERE survey_id = ?"
                    + " ORDER BY id")) {
      statement.setFetchSize(500);
      statement.setLong(1, surveyId);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          each.accept(
              new Stored(
                  rows.getLong(1),
                  rows.getObject(2, LocalDate.class),
                  rows.getString(3),
                  json.readValue(rows.getString(4), ANSWERS)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the responses of survey " + surveyId, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package se.hord.survey.distribution;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import se.hord.platform.security.Caller;
import se.hord.survey.definition.SurveyService;
import se.hord.survey.definition.SurveyViews;
import se.hord.survey.results.ResultViews;
import se.hord.survey.results.Suppression;

/**
 * Responses per day of a survey, for its officials while it is open. Only dates are stored, so only
 * dates are counted. A day with fewer than 5 responses is shown as "&lt;5" like every other small
 * count, and when that would leave one hidden day beside a shown total, the next smallest day is
 * hidden too ({@link Suppression#line}), so no day can be worked out by subtraction.
 */
@Singleton
public class DailyCounts {
  private final DataSource dataSource;
  private final SurveyService surveys;

  public DailyCounts(DataSource dataSource, SurveyService surveys) {
    this.dataSource = dataSource;
    this.surveys = surveys;
  }

  /** A survey's responses per day, oldest day first; days without responses are left out. */
  @Serdeable
  public record Daily(
      long surveyId, String status, int minimumCount, Object total, List<Day> days) {}

  /** One day: its date and how many answered then ("&lt;5" when fewer than 5). */
  @Serdeable
  public record Day(LocalDate date, Object count) {
    /** True when the count is hidden ("&lt;5"). */
    public boolean hidden() {
      return ResultViews.HIDDEN.equals(count);
    }
  }

  /** The counts per day; 404 for a survey of another municipality. */
  @Transactional(readOnly = true)
  public Daily daily(Caller caller, long surveyId) {
    SurveyViews.Detail survey = surveys.detail(caller, surveyId);
    List<LocalDate> dates = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT answered_on, COUNT(*) FROM responses WHERE survey_id = ?"
                    + " GROUP BY answered_on ORDER BY answered_on")) {
      statement.setLong(1, surveyId);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          dates.add(rows.getObject(1, LocalDate.class));
          counts.add(rows.getLong(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("counting the responses of survey " + surveyId, e);
    }
    long[] values = counts.stream().mapToLong(Long::longValue).toArray();
    boolean[] hidden = Suppression.line(values, null);
    List<Day> days = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      days.add(new Day(dates.get(i), hidden[i] ? ResultViews.HIDDEN : values[i]));
    }
    long total = counts.stream().mapToLong(Long::longValue).sum();
    Object shownTotal = hidden[values.length] ? ResultViews.HIDDEN : total;
    return new Daily(surveyId, survey.status(), Suppression.MIN, shownTotal, days);
  }
}

package se.hord.platform.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import se.hord.platform.web.Problem.Violation;
import se.hord.platform.web.ProblemException;

/**
 * The checked parameters of {@code GET /api/internal/feedback}: a municipality code and a calendar
 * year, which runs from 1 January to 31 December Swedish time.
 */
public record FeedbackPeriod(String municipality, int year, Instant from, Instant to) {
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  /** Checks both parameters; a {@code 400} listing each bad one. */
  public static FeedbackPeriod of(String municipality, String year) {
    List<Violation> problems = new ArrayList<>();
    if (municipality == null || !municipality.matches("\\d{4}")) {
      problems.add(
          new Violation(
              "municipality",
              "Kommunkoden ska vara fyra siffror, t.ex. 0380. (A municipality code is four digits,"
                  + " e.g. 0380.)"));
    }
    int y = 0;
    if (year == null || !year.matches("\\d{4}")) {
      problems.add(
          new Violation(
              "year",
              "Året ska vara fyra siffror, t.ex. 2026. (The year is four digits, e.g. 2026.)"));
    } else {
      y = Integer.parseInt(year);
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(
          "Kommun och år behövs. (A municipality and a year are needed.)", problems);
    }
    return new FeedbackPeriod(
        municipality,
        y,
        LocalDate.of(y, 1, 1).atStartOfDay(SWEDEN).toInstant(),
        LocalDate.of(y + 1, 1, 1).atStartOfDay(SWEDEN).toInstant());
  }

  /** Whether this instant falls in the year. */
  public boolean contains(Instant instant) {
    return !instant.isBefore(from) && instant.isBefore(to);
  }
}

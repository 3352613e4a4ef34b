package se.hord.analysis.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.hord.platform.web.Problem;
import se.hord.platform.web.ProblemException;

/**
 * A search as asked for: the query, the filters, the themes (any of them: OR), the time span and
 * the page.
 */
public record SearchParams(
    String q,
    Map<String, String> filters,
    List<String> themes,
    @Nullable Instant from,
    @Nullable Instant to,
    int page,
    int size,
    String sort) {
  /** Best match first (the default when there are search words). */
  public static final String RELEVANCE = "relevance";

  /** Newest first (the default without search words). */
  public static final String NEWEST = "newest";

  /** The filter parameters, each naming an exact-value field of the index. */
  public static final List<String> FILTERS =
      List.of("municipality", "source", "originId", "month", "ageBand", "gender", "area");

  static final int DEFAULT_SIZE = 20;
  static final int MAX_SIZE = 100;
  static final int MAX_DEPTH = 10_000;
  static final int MAX_QUERY_LENGTH = 1_000;
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  /** No search words, no filters: everything, newest first. */
  static SearchParams none() {
    return new SearchParams("", Map.of(), List.of(), null, null, 1, DEFAULT_SIZE, NEWEST);
  }

  /** Reads and checks the request's parameters; every problem found is listed in one 400. */
  public static SearchParams from(HttpParameters parameters) {
    List<Problem.Violation> problems = new ArrayList<>();
    String q = value(parameters, "q");
    if (q.length() > MAX_QUERY_LENGTH) {
      problems.add(
          new Problem.Violation(
              "q", "Sökfrågan är för lång. (The query is too long, at most 1000 characters.)"));
    }
    Map<String, String> filters = new LinkedHashMap<>();
    for (String name : FILTERS) {
      String value = value(parameters, name);
      if (!value.isEmpty()) {
        filters.put(name, value);
      }
    }
    List<String> themes = new ArrayList<>();
    for (String value : parameters.getAll("theme")) {
      for (String key : value.split(",")) {
        if (!key.isBlank() && !themes.contains(key.strip())) {
          themes.add(key.strip());
        }
      }
    }
    Instant from = date(parameters, "from", false, problems);
    Instant to = date(parameters, "to", true, problems);
    int page = number(parameters, "page", 1, 1, Integer.MAX_VALUE, problems);
    int size = number(parameters, "size", DEFAULT_SIZE, 1, MAX_SIZE, problems);
    String sort = value(parameters, "sort");
    if (sort.isEmpty()) {
      sort = q.isBlank() ? NEWEST : RELEVANCE;
    } else if (!sort.equals(RELEVANCE) && !sort.equals(NEWEST)) {
      problems.add(
          new Problem.Violation(
              "sort", "Ska vara relevance eller newest. (Must be relevance or newest.)"));
    }
    if (problems.isEmpty() && (long) page * size > MAX_DEPTH) {
      problems.add(
          new Problem.Violation(
              "page",
              "Så långt bak går det inte att bläddra; smalna av sökningen."
                  + " (You cannot page that far; narrow the search.)"));
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(
          "Några sökparametrar är fel, se listan. (Some search parameters are wrong, see the"
              + " list.)",
          problems);
    }
    return new SearchParams(
        q, Map.copyOf(filters), List.copyOf(themes), from, to, page, size, sort);
  }

  private static String value(HttpParameters parameters, String name) {
    String value = parameters.get(name);
    return value == null ? "" : value.trim();
  }

  private static int number(
      HttpParameters parameters,
      String name,
      int fallback,
      int min,
      int max,
      List<Problem.Violation> problems) {
    String value = value(parameters, name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    String range = max == Integer.MAX_VALUE ? "≥ " + min : min + "–" + max;
    problems.add(
        new Problem.Violation(
            name, "Ska vara ett heltal " + range + ". (Must be a whole number " + range + ".)"));
    return fallback;
  }

  /** A day (yyyy-MM-dd, Swedish time, whole day included) or an exact instant. */
  private static @Nullable Instant date(
      HttpParameters parameters, String name, boolean endOfDay, List<Problem.Violation> problems) {
    String value = value(parameters, name);
    if (value.isEmpty()) {
      return null;
    }
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        Instant start = day.plusDays(endOfDay ? 1 : 0).atStartOfDay(SWEDEN).toInstant();
        return endOfDay ? start.minusMillis(1) : start;
      }
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(
          new Problem.Violation(
              name, "Ska vara ett datum som 2026-03-15. (Must be a date such as 2026-03-15.)"));
      return null;
    }
  }
}

package se.hord.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import se.hord.launcher.ApiClient;

/** Asks analysis until an expectation holds or a deadline passes, and says how long it took. */
final class Search {
  private final ApiClient analysis;

  Search(ApiClient analysis) {
    this.analysis = analysis;
  }

  /** The search answer for this query string (already encoded parts are not expected). */
  JsonNode query(String q, String filters) throws Exception {
    String path =
        "/api/search?q="
            + URLEncoder.encode(q, StandardCharsets.UTF_8)
            + (filters == null ? "" : "&" + filters);
    return analysis.get(path).expect(200);
  }

  /**
   * Polls until the query has exactly {@code total} hits; returns the last answer (the caller
   * asserts on it) once it holds or {@code within} has passed.
   */
  JsonNode awaitTotal(String q, String filters, long total, Duration within) throws Exception {
    Instant deadline = Instant.now().plus(within);
    JsonNode answer = query(q, filters);
    while (answer.path("total").asLong() != total && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
      answer = query(q, filters);
    }
    return answer;
  }
}

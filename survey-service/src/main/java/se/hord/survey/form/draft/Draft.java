package se.hord.survey.form.draft;

import java.util.List;
import java.util.Map;

/**
 * A form in progress: the posted answer fields ({@code a.<key>} → values), the page reached, the
 * age band once the age step is passed, and the response id once sent.
 */
public record Draft(
    String token, Map<String, List<String>> fields, int page, String ageBand, Long responseId) {

  /** A new draft of nothing yet. */
  public static Draft fresh(String token) {
    return new Draft(token, Map.of(), 0, null, null);
  }

  public boolean sent() {
    return responseId != null;
  }

  public Draft with(Map<String, List<String>> newFields, int newPage, String newAgeBand) {
    return new Draft(token, newFields, newPage, newAgeBand, responseId);
  }
}

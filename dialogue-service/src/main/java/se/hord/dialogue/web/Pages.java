package se.hord.dialogue.web;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import se.hord.platform.web.ProblemException;

/** Small helpers the officials' page controllers share, on the platform's {@code view.Pages}. */
final class Pages {
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Pages() {}

  /** A page rendered from a template with this title and model. */
  static MutableHttpResponse<ModelAndView<Map<String, Object>>> page(
      HttpStatus status, String view, String title, Map<String, Object> model) {
    return se.hord.platform.view.Pages.page(status, view, title, model);
  }

  static MutableHttpResponse<?> redirect(String location) {
    return se.hord.platform.view.Pages.redirect(location);
  }

  /** The page shown for a refused or failed request: its plain message and a way back. */
  static MutableHttpResponse<?> problem(ProblemException e) {
    return se.hord.platform.view.Pages.problem(
        e, "/dialogues", "Till dina dialoger (To your dialogues)");
  }

  /** A time as Swedish local time, e.g. 2026-05-01 14:00. */
  static String local(Instant time) {
    return time == null ? "" : LOCAL.format(time.atZone(SWEDEN));
  }
}

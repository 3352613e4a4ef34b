package se.hord.dialogue.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import se.hord.platform.web.ProblemException;

/** Small helpers the officials' page controllers share. */
final class Pages {
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Pages() {}

  /** A page rendered from a template with this title and model. */
  static MutableHttpResponse<ModelAndView<Map<String, Object>>> page(
      HttpStatus status, String view, String title, Map<String, Object> model) {
    Map<String, Object> all = new HashMap<>(model);
    all.put("title", title);
    return HttpResponse.status(status).body(new ModelAndView<>(view, all));
  }

  static MutableHttpResponse<?> redirect(String location) {
    return HttpResponse.seeOther(URI.create(location));
  }

  /** The page shown for a refused or failed request: its plain message and a way back. */
  static MutableHttpResponse<?> problem(ProblemException e) {
    StringBuilder message = new StringBuilder(e.getMessage());
    e.violations().forEach(v -> message.append(' ').append(v.message()));
    return page(
        e.status(),
        "dialogues/problem",
        "Det gick inte",
        Map.of("message", message.toString(), "status", e.status().getCode()));
  }

  /** A time as Swedish local time, e.g. 2026-05-01 14:00. */
  static String local(Instant time) {
    return time == null ? "" : LOCAL.format(time.atZone(SWEDEN));
  }
}

package se.hord.platform.view;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import se.hord.platform.web.ProblemException;

/**
 * Rendering for the officials' pages of every service: a view with its title, a 303 redirect, and
 * the shared page for a refused or failed request ({@code layout/problem}).
 */
public final class Pages {
  private static final String PROBLEM = "layout/problem";

  private Pages() {}

  /** A page rendered from a template with this status, title and model. */
  public static MutableHttpResponse<ModelAndView<Map<String, Object>>> page(
      HttpStatus status, String view, String title, Map<String, Object> model) {
    Map<String, Object> all = new HashMap<>(model);
    all.put("title", title);
    return HttpResponse.status(status).body(new ModelAndView<>(view, all));
  }

  /** A 303 See Other to this location. */
  public static MutableHttpResponse<?> redirect(String location) {
    return HttpResponse.seeOther(URI.create(location));
  }

  /**
   * The page for a refused or failed request: its plain message (Swedish, then English, with any
   * field messages) and a way back.
   *
   * @param home where the way back leads, e.g. {@code /admin/surveys}
   * @param homeText the link's text, Swedish then English
   */
  public static MutableHttpResponse<ModelAndView<Map<String, Object>>> problem(
      ProblemException e, String home, String homeText) {
    StringBuilder message = new StringBuilder(e.getMessage());
    e.violations().forEach(v -> message.append(' ').append(v.message()));
    return problem(e.status(), "Det gick inte", message.toString(), home, homeText);
  }

  /** The problem page with this status, title and message, and a way back. */
  public static MutableHttpResponse<ModelAndView<Map<String, Object>>> problem(
      HttpStatus status, String title, String message, String home, String homeText) {
    return page(
        status,
        PROBLEM,
        title,
        Map.of("message", message, "status", status.getCode(), "home", home, "homeText", homeText));
  }
}

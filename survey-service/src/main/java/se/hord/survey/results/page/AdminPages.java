package se.hord.survey.results.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;
import se.hord.platform.web.ProblemException;

/**
 * What the officials' results, comparison and poster pages share: the login (the {@code HORD_TOKEN}
 * cookie; without it, the shared login page and back), the official-or-admin check, rendering a
 * view and the page for a refused request.
 */
public final class AdminPages {
  private AdminPages() {}

  /**
   * The caller when logged in as an official or admin; empty when nobody is logged in (then send
   * them to {@link #login}). Anyone else: 403.
   */
  public static Optional<Caller> official(@Nullable Authentication authentication) {
    if (authentication == null) {
      return Optional.empty();
    }
    Caller caller = Caller.of(authentication);
    if (!caller.isAdmin() && !caller.roles().contains(Roles.OFFICIAL)) {
      throw ProblemException.forbidden(
          "Sidorna är till för tjänstepersoner. (These pages are for officials.)");
    }
    return Optional.of(caller);
  }

  /** The shared login page, which comes back to this page afterwards. */
  public static MutableHttpResponse<?> login(HttpRequest<?> request) {
    String query = request.getUri().getRawQuery();
    String here = request.getPath() + (query == null || query.isEmpty() ? "" : "?" + query);
    return HttpResponse.seeOther(
        URI.create("/login?returnTo=" + URLEncoder.encode(here, StandardCharsets.UTF_8)));
  }

  /** A page rendered from a template with this title and model. */
  public static MutableHttpResponse<?> page(String view, String title, Map<String, Object> model) {
    Map<String, Object> all = new HashMap<>(model);
    all.put("title", title);
    return HttpResponse.ok(new ModelAndView<>(view, all));
  }

  /** The page for a refused request: its plain message (Swedish, then English) and its status. */
  public static MutableHttpResponse<?> problem(ProblemException e) {
    StringBuilder message = new StringBuilder(e.getMessage());
    e.violations().forEach(v -> message.append(' ').append(v.message()));
    Map<String, Object> model = new HashMap<>();
    model.put("title", "Det gick inte (It did not work)");
    model.put("message", message.toString());
    return HttpResponse.status(e.status()).body(new ModelAndView<>("admin/results-problem", model));
  }
}

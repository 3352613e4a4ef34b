package se.hord.survey.admin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import se.hord.platform.security.Caller;
import se.hord.platform.security.PageGuard;
import se.hord.platform.view.Nav;
import se.hord.platform.web.ProblemException;

/** What the survey editor's pages share: login, CSRF, rendering, the refusal page. */
@Singleton
class AdminPages {
  static final String CSRF_FIELD = PageGuard.CSRF_FIELD;
  private final PageGuard guard;
  private final Nav nav;

  AdminPages(PageGuard guard, Nav nav) {
    this.guard = guard;
    this.nav = nav;
  }

  /** The login page, then back to this page. */
  MutableHttpResponse<?> toLogin(HttpRequest<?> request) {
    return redirect(guard.loginUrl(nav.getSurvey(), request));
  }

  /** The caller, an official or an admin (403 otherwise). */
  Caller official(Authentication auth) {
    return guard.official(auth);
  }

  String csrf(Authentication auth) {
    return guard.csrf(auth);
  }

  /** The official behind a posted form whose CSRF token is theirs (403 otherwise). */
  Caller checked(Authentication auth, Object token) {
    Caller caller = guard.official(auth);
    guard.checkCsrf(auth, token == null ? null : String.valueOf(token));
    return caller;
  }

  static MutableHttpResponse<ModelAndView<Map<String, Object>>> page(
      HttpStatus status, String view, String title, Map<String, Object> model) {
    Map<String, Object> all = new HashMap<>(model);
    all.put("title", title);
    return HttpResponse.status(status).body(new ModelAndView<>(view, all));
  }

  static MutableHttpResponse<?> redirect(String location) {
    return HttpResponse.seeOther(URI.create(location));
  }

  /** A refused or failed request as a page: its plain message and a way back. */
  static MutableHttpResponse<?> problem(ProblemException e) {
    StringBuilder message = new StringBuilder(e.getMessage());
    e.violations().forEach(v -> message.append(' ').append(v.message()));
    return page(
        e.status(),
        "admin/problem",
        "Det gick inte",
        Map.of("message", message.toString(), "status", e.status().getCode()));
  }
}

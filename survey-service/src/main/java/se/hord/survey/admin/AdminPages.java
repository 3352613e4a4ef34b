package se.hord.survey.admin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.util.Map;
import se.hord.platform.security.Caller;
import se.hord.platform.security.PageGuard;
import se.hord.platform.view.Nav;
import se.hord.platform.view.Pages;
import se.hord.platform.web.ProblemException;

/**
 * What survey-service's officials' pages share (the editor, results, comparison and posters):
 * login, CSRF, rendering, the refusal page. Built on the platform's {@link PageGuard} and {@link
 * Pages}.
 */
@Singleton
public class AdminPages {
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

  /** The login page as a same-site path (this service serves it), then back to this page. */
  public MutableHttpResponse<?> toLocalLogin(HttpRequest<?> request) {
    return redirect(PageGuard.localLoginUrl(request));
  }

  /** The caller, an official or an admin (403 otherwise). */
  public Caller official(Authentication auth) {
    return guard.official(auth);
  }

  String csrf(Authentication auth) {
    return guard.csrf(auth);
  }

  /** The official behind a posted form whose CSRF token is theirs (403 otherwise). */
  Caller checked(Authentication auth, Object token) {
    return guard.checkedOfficial(auth, token == null ? null : String.valueOf(token));
  }

  /** A page rendered from a template with this status, title and model. */
  public static MutableHttpResponse<ModelAndView<Map<String, Object>>> page(
      HttpStatus status, String view, String title, Map<String, Object> model) {
    return Pages.page(status, view, title, model);
  }

  static MutableHttpResponse<?> redirect(String location) {
    return Pages.redirect(location);
  }

  /** A refused or failed request as a page: its plain message and a way back to the surveys. */
  public static MutableHttpResponse<?> problem(ProblemException e) {
    return Pages.problem(e, "/admin/surveys", "Till dina enkäter (To your surveys)");
  }
}

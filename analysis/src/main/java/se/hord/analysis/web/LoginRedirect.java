package se.hord.analysis.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import java.net.URI;
import se.hord.platform.security.PageGuard;
import se.hord.platform.view.Nav;

/** Sends someone without the login cookie to survey-service's login, and back here after. */
public final class LoginRedirect {
  private LoginRedirect() {}

  /** A 303 to the login page whose returnTo is this page (path and query) on this service. */
  public static HttpResponse<?> to(Nav nav, HttpRequest<?> request) {
    return HttpResponse.seeOther(URI.create(PageGuard.loginUrl(nav, nav.getAnalysis(), request)));
  }
}

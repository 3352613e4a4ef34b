package se.hord.dialogue.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import se.hord.platform.security.Caller;
import se.hord.platform.security.PageGuard;
import se.hord.platform.view.Nav;

/**
 * Login and form protection for the dialogue pages: the platform's {@link PageGuard} (the
 * HORD_TOKEN cookie, CSRF tokens), with this service's address.
 */
@Singleton
public class PageSession {
  static final String CSRF_FIELD = PageGuard.CSRF_FIELD;
  private final Nav nav;
  private final PageGuard guard;

  PageSession(Nav nav, PageGuard guard) {
    this.nav = nav;
    this.guard = guard;
  }

  /** Where to send someone who is not logged in: the login page, then back here. */
  public String loginUrl(HttpRequest<?> request) {
    return guard.loginUrl(nav.getDialogue(), request);
  }

  /** The caller, who must be an official or an admin (403 otherwise). */
  public Caller official(Authentication authentication) {
    return guard.official(authentication);
  }

  /** The official behind a posted form whose CSRF token is theirs (403 otherwise). */
  public Caller checked(Authentication authentication, @Nullable String token) {
    return guard.checkedOfficial(authentication, token);
  }

  /** The CSRF token for this person's forms. */
  public String csrf(Authentication authentication) {
    return guard.csrf(authentication);
  }

  /** The address of an event's pop-up page, for QR codes and links. */
  public String popupUrl(long eventId) {
    return nav.getDialogue() + "/popup/" + eventId;
  }
}

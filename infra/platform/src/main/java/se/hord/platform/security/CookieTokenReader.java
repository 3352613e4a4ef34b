package se.hord.platform.security;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Reads the login token from the {@code HORD_TOKEN} cookie, so the HTML pages work for an official
 * who logged in on survey-service (all three services use this). Micronaut's own cookie reader is
 * only active when the whole service authenticates by cookie; this service takes bearer tokens (the
 * API) and the cookie (the pages) alike. A bearer token, when also present, wins.
 */
@Singleton
public class CookieTokenReader implements TokenReader<HttpRequest<?>> {
  private final String cookieName;

  public CookieTokenReader(
      @Property(name = "micronaut.security.token.cookie.cookie-name", defaultValue = "HORD_TOKEN")
          String cookieName) {
    this.cookieName = cookieName;
  }

  @Override
  public Optional<String> findToken(HttpRequest<?> request) {
    return request.getCookies().findCookie(cookieName).map(Cookie::getValue);
  }

  @Override
  public int getOrder() {
    return 100;
  }
}

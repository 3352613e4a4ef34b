package se.hord.platform.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import se.hord.platform.view.Nav;
import se.hord.platform.web.ProblemException;

/**
 * Login and form protection for the officials' pages of every service. The login is
 * survey-service's HORD_TOKEN cookie. Forms that change something carry a CSRF token: an HMAC of
 * the logged-in subject under the shared secret, which another site cannot compute (the cookie is
 * also SameSite=Lax).
 */
@Singleton
public class PageGuard {
  /** The form field that carries the CSRF token. */
  public static final String CSRF_FIELD = "csrf";

  private final Nav nav;
  private final SecretKeySpec key;

  PageGuard(
      Nav nav,
      @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String secret) {
    this.nav = nav;
    this.key = new SecretKeySpec(("csrf:" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  /**
   * Where to send someone who is not logged in: the login page, then back here.
   *
   * @param serviceBase this service's public address (one of {@link Nav}'s)
   */
  public String loginUrl(String serviceBase, HttpRequest<?> request) {
    return loginUrl(nav, serviceBase, request);
  }

  /**
   * The login page, then back to this page, for code without this bean.
   *
   * @param serviceBase this service's public address (one of {@link Nav}'s)
   */
  public static String loginUrl(Nav nav, String serviceBase, HttpRequest<?> request) {
    return nav.getLogin() + returnTo(serviceBase, request);
  }

  /**
   * The login page as a same-site path, for pages of survey-service, which serves the login itself.
   */
  public static String localLoginUrl(HttpRequest<?> request) {
    return "/login" + returnTo("", request);
  }

  private static String returnTo(String serviceBase, HttpRequest<?> request) {
    String query = request.getUri().getRawQuery();
    String here =
        serviceBase + request.getPath() + (query == null || query.isEmpty() ? "" : "?" + query);
    return "?returnTo=" + URLEncoder.encode(here, StandardCharsets.UTF_8);
  }

  /** The caller, who must be an official or an admin (403 otherwise). */
  public Caller official(Authentication authentication) {
    Caller caller = Caller.of(authentication);
    if (!caller.isAdmin() && !caller.roles().contains(Roles.OFFICIAL)) {
      throw ProblemException.forbidden(
          "Sidorna är till för tjänstepersoner. (These pages are for officials.)");
    }
    return caller;
  }

  /** The official (or admin) behind a posted form whose CSRF token is theirs (403 otherwise). */
  public Caller checkedOfficial(Authentication authentication, @Nullable String token) {
    Caller caller = official(authentication);
    checkCsrf(authentication, token);
    return caller;
  }

  /** The CSRF token for this person's forms. */
  public String csrf(Authentication authentication) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] tag = mac.doFinal(authentication.getName().getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing", e);
    }
  }

  /** Refuses (403) a form whose CSRF token is not this person's. */
  public void checkCsrf(Authentication authentication, @Nullable String token) {
    byte[] expected = csrf(authentication).getBytes(StandardCharsets.UTF_8);
    byte[] given = token == null ? new byte[0] : token.getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(expected, given)) {
      throw ProblemException.forbidden(
          "Formuläret har gått ut. Ladda om sidan och försök igen."
              + " (The form has expired. Reload the page and try again.)");
    }
  }
}

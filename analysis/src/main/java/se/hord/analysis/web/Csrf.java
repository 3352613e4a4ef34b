package se.hord.analysis.web;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import se.hord.platform.web.ProblemException;

/**
 * CSRF protection for the pages' form posts: the token is an HMAC-SHA256 of the logged-in subject,
 * keyed from the JWT secret (with its own label, so it is never a valid signature of anything
 * else). A form carries it in a hidden field; a post without the right one is a 403. (Each service
 * writes such a class today; the platform could offer one.)
 */
@Singleton
public class Csrf {
  /** The form field that carries the token. */
  public static final String FIELD = "csrf";

  private final SecretKeySpec key;

  public Csrf(
      @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String secret) {
    this.key =
        new SecretKeySpec(("hord-csrf:" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  /** The token for this subject's forms. */
  public String token(String subject) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(subject.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Refuses, with a 403, a post whose token is missing or not this subject's. */
  public void check(String subject, String token) {
    byte[] expected = token(subject).getBytes(StandardCharsets.US_ASCII);
    byte[] given = token == null ? new byte[0] : token.getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, given)) {
      throw ProblemException.forbidden(
          "Formuläret har gått ut. Ladda om sidan och försök igen."
              + " (The form has expired. Reload the page and try again.)");
    }
  }
}

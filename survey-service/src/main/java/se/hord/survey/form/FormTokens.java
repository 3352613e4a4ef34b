package se.hord.survey.form;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF protection for the web form without a session: the form carries a random submission id and
 * an HMAC of it, so only a form this service rendered can be posted. The submission id doubles as
 * the Idempotency-Key, so a double submit stores one response.
 */
@Singleton
public class FormTokens {
  private static final String HMAC = "HmacSHA256";
  private final SecretKeySpec key;

  public FormTokens(
      @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String secret) {
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC);
  }

  /** A new submission id for a freshly rendered form. */
  public String newSubmissionId() {
    return UUID.randomUUID().toString();
  }

  /** The token that proves this form (survey and submission) was rendered here. */
  public String token(String slug, String submissionId) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      byte[] digest = mac.doFinal((slug + "\n" + submissionId).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(HMAC + " is missing from the JDK", e);
    }
  }

  /** True when the token belongs to this survey and submission id. */
  public boolean valid(String slug, String submissionId, String token) {
    if (submissionId == null || token == null || submissionId.length() > 64) {
      return false;
    }
    return MessageDigest.isEqual(
        token(slug, submissionId).getBytes(StandardCharsets.US_ASCII),
        token.getBytes(StandardCharsets.US_ASCII));
  }
}

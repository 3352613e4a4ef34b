package se.hord.survey.sms.contact;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/** Turns a configured key (base64, or any text of at least 32 characters) into 32 key bytes. */
final class SecretKeys {
  private SecretKeys() {}

  static byte[] bytes(String configured, String variable) {
    if (configured == null || configured.isBlank()) {
      throw new IllegalStateException(
          variable + " is not set: SMS needs it to protect phone numbers");
    }
    byte[] raw = decodedOrText(configured.strip());
    if (raw.length < 32) {
      throw new IllegalStateException(variable + " is too short: at least 32 bytes are needed");
    }
    try {
      // Exactly 32 bytes whatever was configured, and never the configured text itself.
      return MessageDigest.getInstance("SHA-256").digest(raw);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }

  private static byte[] decodedOrText(String configured) {
    try {
      byte[] decoded = Base64.getDecoder().decode(configured);
      if (decoded.length >= 32) {
        return decoded;
      }
    } catch (IllegalArgumentException notBase64) {
      // plain text key
    }
    return configured.getBytes(StandardCharsets.UTF_8);
  }
}

package se.hord.survey.sms.contact;

import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hash (HMAC-SHA256, HORD_SMS_HASH_KEY) and the encryption (AES-GCM,
 * HORD_SMS_ENCRYPTION_KEY) of contact details: phone numbers here, e-mail addresses in {@code
 * se.hord.survey.email} through the public {@code ...Text} methods, which take the text as given.
 */
@Singleton
public class NumberCipher {
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private final SmsSettings settings;
  private final SecureRandom random = new SecureRandom();

  NumberCipher(SmsSettings settings) {
    this.settings = settings;
  }

  /** The number in one spelling: no spaces, dashes or brackets. */
  static String normalise(String phoneNumber) {
    return phoneNumber.strip().replaceAll("[\\s\\-()]", "");
  }

  String hash(String phoneNumber) {
    return hashText(normalise(phoneNumber));
  }

  /** HMAC-SHA256 of the text exactly as given, as hex. */
  public String hashText(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(settings.getHashKey(), "HORD_SMS_HASH_KEY"), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from the JDK", e);
    }
  }

  String encrypt(String phoneNumber) {
    return sealText(normalise(phoneNumber));
  }

  /** The text exactly as given, AES-GCM encrypted (random nonce first), as base64. */
  public String sealText(String text) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce);
      byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM failed", e);
    }
  }

  /** Text {@link #sealText sealed} before (or a number {@link #encrypt encrypted}), decrypted. */
  public String decrypt(String stored) {
    try {
      byte[] all = Base64.getDecoder().decode(stored);
      byte[] nonce = java.util.Arrays.copyOf(all, NONCE_BYTES);
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce);
      return new String(
          cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a stored number cannot be decrypted with this key", e);
    }
  }

  private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(
        mode,
        new SecretKeySpec(key(settings.getEncryptionKey(), "HORD_SMS_ENCRYPTION_KEY"), "AES"),
        new GCMParameterSpec(TAG_BITS, nonce));
    return cipher;
  }

  private static byte[] key(String configured, String variable) {
    return SecretKeys.bytes(configured, variable);
  }
}

package se.hord.dialogue.event;

import io.micronaut.core.annotation.Nullable;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Join codes: six characters from an alphabet without look-alikes (no 0/O, 1/I/L), easy to read
 * aloud and type on a phone; random, so they cannot be guessed from one another.
 */
public final class JoinCodes {
  /** The characters a code is made of. */
  public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

  /** How long a code is. */
  public static final int LENGTH = 6;

  private static final SecureRandom RANDOM = new SecureRandom();

  private JoinCodes() {}

  /** A new random code. */
  static String random() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** The code as typed, upper-cased and without spaces or dashes; null when it cannot be one. */
  @Nullable
  public static String normalize(@Nullable String typed) {
    if (typed == null) {
      return null;
    }
    String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (code.length() != LENGTH) {
      return null;
    }
    for (int i = 0; i < code.length(); i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return null;
      }
    }
    return code;
  }
}

package se.hord.survey.definition;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;

/** Short readable web addresses for surveys, with a random tail so they cannot be guessed. */
final class Slugs {
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
  private static final int SUFFIX = 8;
  private static final int MAX_WORDS = 40;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Slugs() {}

  /** E.g. {@code ungas-fritid-2026-k3v9x2ma} from the title "Ungas fritid 2026". */
  static String from(String title) {
    String ascii =
        Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (ascii.length() > MAX_WORDS) {
      ascii = ascii.substring(0, MAX_WORDS).replaceAll("-+$", "");
    }
    StringBuilder slug = new StringBuilder(ascii.isEmpty() ? "enkat" : ascii).append('-');
    for (int i = 0; i < SUFFIX; i++) {
      slug.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return slug.toString();
  }
}

package se.hord.e2e;

import java.security.SecureRandom;

/** Made-up words that occur nowhere else, so a search for one finds exactly what a test wrote. */
final class Words {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String CONSONANTS = "bdfgklmnprstv";
  private static final String VOWELS = "aeiouy";

  private Words() {}

  /** A pronounceable nonsense word like "vomikeluf", stable under Swedish stemming. */
  static String unique() {
    StringBuilder word = new StringBuilder("zq");
    for (int i = 0; i < 4; i++) {
      word.append(CONSONANTS.charAt(RANDOM.nextInt(CONSONANTS.length())));
      word.append(VOWELS.charAt(RANDOM.nextInt(VOWELS.length())));
    }
    return word.append("x").toString();
  }
}

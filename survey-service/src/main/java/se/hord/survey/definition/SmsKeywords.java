package se.hord.survey.definition;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Survey keywords for SMS in one spelling: upper case, no diacritics, single spaces (" Fritidsgård
 * " and "FRITIDSGARD" are the same). Words the SMS channel itself understands cannot be keywords.
 */
public final class SmsKeywords {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern VALID = Pattern.compile("[A-Z0-9]{2,20}");

  /** Words with their own meaning in an SMS conversation (already in normal form). */
  public static final Set<String> RESERVED =
      Set.of(
          "STOPP",
          "STOP",
          "STOPPA",
          "STOPALL",
          "UNSUBSCRIBE",
          "CANCEL",
          "END",
          "QUIT",
          "HJALP",
          "HELP",
          "INFO",
          "START",
          "STARTA",
          "UNSTOP",
          "JA",
          "NEJ",
          "YES",
          "NO",
          "FORTSATT",
          "CONTINUE",
          "RESUME",
          "RESTART",
          "HOPPA",
          "SKIP");

  private SmsKeywords() {}

  /** The text in normal form: stripped, single spaces, upper case, å→A, é→E, ø→O. */
  public static String normalize(String text) {
    if (text == null) {
      return "";
    }
    String decomposed =
        Normalizer.normalize(text.replace('ø', 'o').replace('Ø', 'O'), Normalizer.Form.NFD);
    String plain = MARKS.matcher(decomposed).replaceAll("");
    return SPACES.matcher(plain.strip()).replaceAll(" ").toUpperCase(Locale.ROOT);
  }

  /** True when the keyword is 2–20 letters or digits and not a word the channel reserves. */
  public static boolean isValid(String keyword) {
    String normal = normalize(keyword);
    return VALID.matcher(normal).matches() && !RESERVED.contains(normal);
  }
}

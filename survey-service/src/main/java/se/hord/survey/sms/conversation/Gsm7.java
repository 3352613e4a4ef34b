package se.hord.survey.sms.conversation;

import java.util.Map;

/**
 * The GSM-7 alphabet (3GPP TS 23.038) that fits 160 characters in one SMS. One character outside it
 * makes the whole message UCS-2, 70 characters a segment. Swedish å, ä, ö, é are in it. Used for
 * the conversation's questions and for the feedback preview's SMS count.
 */
public final class Gsm7 {
  /** Characters of the basic set, one septet each. */
  private static final String BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

  /** Characters of the extension table: an escape and the character, two septets each. */
  private static final String EXTENSION = "^{}\\[~]|€\f";

  /** Look-alikes that would force UCS-2, and their GSM-7 spelling. */
  private static final Map<Character, String> PLAIN =
      Map.ofEntries(
          Map.entry('–', "-"),
          Map.entry('—', "-"),
          Map.entry('‐', "-"),
          Map.entry('‑', "-"),
          Map.entry('−', "-"),
          Map.entry('‘', "'"),
          Map.entry('’', "'"),
          Map.entry('´', "'"),
          Map.entry('“', "\""),
          Map.entry('”', "\""),
          Map.entry('„', "\""),
          Map.entry('«', "\""),
          Map.entry('»', "\""),
          Map.entry('…', "..."),
          Map.entry('\u00a0', " "),
          Map.entry('\u2009', " "),
          Map.entry('•', "-"),
          Map.entry('·', "-"),
          Map.entry('\t', " "));

  /** The encoding names the feedback preview shows. */
  public static final String GSM_7 = "GSM-7";

  public static final String UCS_2 = "UCS-2";

  static final int SINGLE_GSM = 160;
  static final int PART_GSM = 153;
  static final int SINGLE_UCS2 = 70;
  static final int PART_UCS2 = 67;

  private Gsm7() {}

  /** True when every character is in the GSM-7 basic or extension set. */
  public static boolean fits(String text) {
    return text.chars().allMatch(c -> BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0);
  }

  /** Septets the text takes in GSM-7 (extension characters count two); -1 when it does not fit. */
  public static int septets(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (BASIC.indexOf(c) >= 0) {
        count += 1;
      } else if (EXTENSION.indexOf(c) >= 0) {
        count += 2;
      } else {
        return -1;
      }
    }
    return count;
  }

  /** {@link #GSM_7} when every character fits, else {@link #UCS_2}. */
  public static String encoding(String text) {
    return fits(text) ? GSM_7 : UCS_2;
  }

  /** How many SMS segments the text is sent in: GSM-7 160/153 a segment, else UCS-2 70/67. */
  public static int segments(String text) {
    if (text.isEmpty()) {
      return 1;
    }
    int septets = septets(text);
    if (septets >= 0) {
      return septets <= SINGLE_GSM ? 1 : (septets + PART_GSM - 1) / PART_GSM;
    }
    int units = text.length();
    return units <= SINGLE_UCS2 ? 1 : (units + PART_UCS2 - 1) / PART_UCS2;
  }

  /**
   * The text with typographic look-alikes (dashes, curly quotes, ellipsis, odd spaces) replaced by
   * their GSM-7 spelling, so they alone do not force UCS-2. Letters a language needs stay as they
   * are.
   */
  public static String plain(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = PLAIN.get(c);
      out.append(replacement != null ? replacement : String.valueOf(c));
    }
    return out.toString();
  }

  /** True when the text goes in one segment. */
  public static boolean oneSegment(String text) {
    return segments(text) == 1;
  }
}

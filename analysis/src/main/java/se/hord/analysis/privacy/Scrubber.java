package se.hord.analysis.privacy;

import java.util.List;
import java.util.regex.Pattern;
import se.hord.platform.feed.FeedItem;

/**
 * Replaces what could identify a young person in free text — e-mail addresses, Swedish personal
 * identity numbers, phone numbers and street addresses — with placeholders, before the text is
 * indexed or shown. The original stays only in the owning service's database.
 */
public final class Scrubber {
  /** Replaces an e-mail address. */
  public static final String EMAIL = "[e-post]";

  /** Replaces a personal identity number (personnummer or samordningsnummer). */
  public static final String PERSONAL_NUMBER = "[personnummer]";

  /** Replaces a phone number. */
  public static final String PHONE = "[telefon]";

  /** Replaces a street address. */
  public static final String ADDRESS = "[adress]";

  /**
   * A street name (a word ending in a street word, like {@code Storgatan}, {@code Vasavägen}), a
   * house number with an optional letter or range, and an optional flat number ({@code lgh 1101}).
   * A bare {@code vägen 3} and a number followed by a unit ({@code Skolvägen 10 minuter}) stay.
   */
  private static final String STREET =
      "(?<![\\p{L}\\d])\\p{L}+(?:gatan|gata|vägen|väg|gränd|gränden|stigen|backe|backen"
          + "|torget|torg|allé|allén|leden|stråket|promenaden)"
          + "\\s+\\d{1,4}(?:\\s?[-–]\\s?\\d{1,4})?[A-Za-z]?"
          + "(?:\\s*,?\\s*(?:lgh|lägenhet)\\.?\\s*\\d{3,4})?"
          + "(?![\\p{L}\\d])"
          + "(?!\\s*(?:km|m|meter|min|minuter|timmar|tim|h|gånger|ggr|år|kr|st|procent|%)"
          + "(?!\\p{L}))";

  private static final String DATE =
      "\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01]|6[1-9]|[78]\\d|9[01])";
  private static final String NOT_AFTER = "(?<![\\p{L}\\d+\\-./])";
  private static final String NOT_BEFORE = "(?![\\p{L}\\d]|[\\-+./]\\d)";

  /** In order: the unambiguous forms first, so a compact 10-digit mobile number is a phone. */
  private static final List<Rule> RULES =
      List.of(
          new Rule(
              "[\\p{L}\\d._%+\\-]+@[\\p{L}\\d\\-]+(?:\\.[\\p{L}\\d\\-]+)*\\.\\p{L}{2,}", EMAIL),
          new Rule(
              NOT_AFTER + "(?:19|20)?" + DATE + "\\s?[\\-+]\\s?\\d{4}" + NOT_BEFORE,
              PERSONAL_NUMBER),
          new Rule(NOT_AFTER + "(?:19|20)" + DATE + "\\d{4}" + NOT_BEFORE, PERSONAL_NUMBER),
          new Rule(
              NOT_AFTER
                  + "(?:\\+\\s?46|0046)[\\s\\-]?(?:\\(0\\)[\\s\\-]?)?[1-9](?:[\\s\\-]?\\d){6,9}"
                  + NOT_BEFORE,
              PHONE),
          new Rule(NOT_AFTER + "0[1-9](?:[\\s\\-]?\\d){5,8}" + NOT_BEFORE, PHONE),
          new Rule(NOT_AFTER + DATE + "\\d{4}" + NOT_BEFORE, PERSONAL_NUMBER),
          new Rule(
              Pattern.compile(STREET, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), ADDRESS));

  private Scrubber() {}

  /** The text with every e-mail address, identity number, phone number and address replaced. */
  public static String scrub(String text) {
    if (text == null || !mayIdentify(text)) {
      return text;
    }
    String result = text;
    for (Rule rule : RULES) {
      result = rule.pattern.matcher(result).replaceAll(rule.placeholder);
    }
    return result;
  }

  /**
   * Whether a rule could match at all: every one needs a digit 0-9 or an {@code @}. Most answers
   * have neither, and skip the seven regular expressions (the costliest part of scrubbing a page).
   */
  private static boolean mayIdentify(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '0' && c <= '9') || c == '@') {
        return true;
      }
    }
    return false;
  }

  /** The item with its text scrubbed, everything else as it was. */
  public static FeedItem scrub(FeedItem item) {
    String text = scrub(item.text());
    if (text == null || text.equals(item.text())) {
      return item;
    }
    return item.withText(text);
  }

  /** Every item scrubbed ({@link #scrub(FeedItem)}), in order. */
  public static List<FeedItem> scrubAll(List<FeedItem> items) {
    return items.stream().map(Scrubber::scrub).toList();
  }

  private record Rule(Pattern pattern, String placeholder) {
    Rule(String regex, String placeholder) {
      this(Pattern.compile(regex), placeholder);
    }
  }
}

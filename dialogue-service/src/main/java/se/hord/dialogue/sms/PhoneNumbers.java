package se.hord.dialogue.sms;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers as young people type them: Swedish ({@code 070-123 45 67}) or international ({@code
 * +45 20 12 34 56}, {@code 0045…}). Spaces, dashes, dots and brackets are ignored.
 */
final class PhoneNumbers {
  private static final Pattern INTERNATIONAL = Pattern.compile("\\+[1-9][0-9]{7,14}");
  private static final Pattern SWEDISH = Pattern.compile("\\+46[1-9][0-9]{6,8}");

  private PhoneNumbers() {}

  /** The number in E.164 form ({@code +46701234567}), or empty when it is not a phone number. */
  static Optional<String> e164(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String number = typed.strip().replaceAll("[\\s().-]", "");
    if (number.startsWith("00")) {
      number = "+" + number.substring(2);
    } else if (number.startsWith("0")) {
      number = "+46" + number.substring(1);
    }
    if (!INTERNATIONAL.matcher(number).matches()
        || (number.startsWith("+46") && !SWEDISH.matcher(number).matches())) {
      return Optional.empty();
    }
    return Optional.of(number);
  }
}

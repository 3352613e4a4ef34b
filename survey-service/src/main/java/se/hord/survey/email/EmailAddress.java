package se.hord.survey.email;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** An e-mail address as typed on the thank-you page: checked loosely, kept in one spelling. */
public final class EmailAddress {
  private static final Pattern ADDRESS =
      Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
  private static final int MAX_LENGTH = 254;

  private EmailAddress() {}

  /**
   * The address trimmed and in lower case (so one person is one contact), or empty when it does not
   * look like name@domain.tld, is longer than 254 characters or has dots in the wrong places.
   */
  public static Optional<String> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String address = typed.strip().toLowerCase(Locale.ROOT);
    if (address.length() > MAX_LENGTH
        || !ADDRESS.matcher(address).matches()
        || address.startsWith(".")
        || address.contains("..")
        || address.contains(".@")) {
      return Optional.empty();
    }
    return Optional.of(address);
  }
}

package se.hord.dialogue.common;

import io.micronaut.core.annotation.Nullable;
import java.util.regex.Pattern;

/** Checks the anonymous per-event participant token an ambassador's app makes for each voter. */
public final class Participants {
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~:-]{8,64}");

  private Participants() {}

  /** Returns the token, noting a problem when it is missing or malformed and required. */
  @Nullable
  public static String check(Violations violations, @Nullable String token, boolean required) {
    if (token == null && !required) {
      return null;
    }
    if (token == null || !TOKEN.matcher(token).matches()) {
      violations.add(
          "participant",
          "Deltagarkoden ska vara 8–64 tecken (bokstäver, siffror, - _ . ~ :)."
              + " (The participant token must be 8 to 64 letters, digits or - _ . ~ :.)");
      return null;
    }
    return token;
  }
}

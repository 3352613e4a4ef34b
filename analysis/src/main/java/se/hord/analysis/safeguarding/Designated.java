package se.hord.analysis.safeguarding;

import io.micronaut.security.authentication.Authentication;
import se.hord.platform.security.Caller;
import se.hord.platform.web.ProblemException;

/**
 * Who may see and handle safeguarding flags: an admin, or an official whose token carries the claim
 * {@code "safeguarding": true} (survey-service's designated safeguarding contacts), for the
 * municipalities in their token.
 */
public final class Designated {
  /** The token claim that makes an official a designated safeguarding contact. */
  public static final String CLAIM = "safeguarding";

  private Designated() {}

  /** Whether this caller is an admin or a designated safeguarding official. */
  public static boolean is(Authentication authentication) {
    Caller caller = Caller.of(authentication);
    Object claim = authentication.getAttributes().get(CLAIM);
    return caller.isAdmin()
        || (caller.roles().contains(se.hord.platform.security.Roles.OFFICIAL)
            && (Boolean.TRUE.equals(claim) || "true".equals(String.valueOf(claim))));
  }

  /** The caller, when designated; otherwise a plain 403. */
  public static Caller require(Authentication authentication) {
    if (!is(authentication)) {
      throw ProblemException.forbidden(
          "Bara utsedda kontaktpersoner för skyddsfrågor ser flaggorna. Fråga din administratör."
              + " (Only designated safeguarding contacts see the flags. Ask your administrator.)");
    }
    return Caller.of(authentication);
  }
}

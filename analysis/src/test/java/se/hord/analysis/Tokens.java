package se.hord.analysis;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import java.util.List;
import java.util.Map;
import se.hord.platform.security.Roles;

/** Signed tokens for tests, as survey-service's login would hand them out. */
public final class Tokens {
  private Tokens() {}

  /** An official of these municipalities. */
  public static String official(TokenGenerator generator, String... municipalities) {
    return token(generator, "official", Roles.OFFICIAL, List.of(municipalities));
  }

  /** An official of these municipalities designated for safeguarding (claim safeguarding=true). */
  public static String safeguarding(TokenGenerator generator, String... municipalities) {
    Authentication authentication =
        Authentication.build(
            "designated",
            List.of(Roles.OFFICIAL),
            Map.of(
                Roles.MUNICIPALITIES_CLAIM, List.of(municipalities), "safeguarding", Boolean.TRUE));
    return generator.generateToken(authentication, 3600).orElseThrow();
  }

  /** An administrator. */
  public static String admin(TokenGenerator generator) {
    return token(generator, "admin", Roles.ADMIN, List.of());
  }

  /** An ambassador of this municipality. */
  public static String ambassador(TokenGenerator generator, String municipality) {
    return token(generator, "ambassador", Roles.AMBASSADOR, List.of(municipality));
  }

  private static String token(
      TokenGenerator generator, String name, String role, List<String> municipalities) {
    Authentication authentication =
        Authentication.build(
            name, List.of(role), Map.of(Roles.MUNICIPALITIES_CLAIM, municipalities));
    return generator.generateToken(authentication, 3600).orElseThrow();
  }
}

package se.hord.platform.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import se.hord.platform.web.ProblemException;

/**
 * Who is asking, as the token says: roles, the municipalities they work for and, for an
 * event-scoped ambassador, the one event.
 */
public record Caller(
    String name, Set<String> roles, Set<String> municipalities, @Nullable String eventId) {

  /** Reads the caller from a validated token. */
  public static Caller of(Authentication authentication) {
    Object claim = authentication.getAttributes().get(Roles.MUNICIPALITIES_CLAIM);
    Set<String> municipalities = new TreeSet<>();
    if (claim instanceof Collection<?> codes) {
      codes.forEach(c -> municipalities.add(String.valueOf(c)));
    }
    Object event = authentication.getAttributes().get(Roles.EVENT_CLAIM);
    return new Caller(
        authentication.getName(),
        Set.copyOf(authentication.getRoles()),
        Set.copyOf(municipalities),
        event == null ? null : String.valueOf(event));
  }

  public boolean isAdmin() {
    return roles.contains(Roles.ADMIN);
  }

  public boolean isService() {
    return roles.contains(Roles.SERVICE);
  }

  /** True when the caller may see raw answers of this municipality. */
  public boolean worksFor(String municipality) {
    return isAdmin() || (roles.contains(Roles.OFFICIAL) && municipalities.contains(municipality));
  }

  /** Refuses, with a plain 403, anyone who is not an official of this municipality or admin. */
  public void requireOfficialOf(String municipality) {
    if (!worksFor(municipality)) {
      throw ProblemException.forbidden(
          "Du arbetar inte för kommun "
              + municipality
              + " och får därför inte se eller ändra detta."
              + " (You do not work for municipality "
              + municipality
              + ", so you may not see or change this.)");
    }
  }
}

package se.hord.survey.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A stored account; roles and municipalities are comma-separated. {@code phoneEncrypted}: the
 * official's own number for safeguarding alerts, encrypted ({@code Contacts.seal}), if given.
 */
@MappedEntity("users")
public record UserRow(
    @Id @GeneratedValue @Nullable Long id,
    String username,
    String passwordHash,
    String roles,
    String municipalities,
    boolean safeguarding,
    LocalDate createdOn,
    @Nullable String phoneEncrypted) {

  public List<String> roleList() {
    return split(roles);
  }

  public List<String> municipalityList() {
    return split(municipalities);
  }

  static String join(List<String> values) {
    return String.join(",", values);
  }

  private static List<String> split(String joined) {
    return joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
  }
}

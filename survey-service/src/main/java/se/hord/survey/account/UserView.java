package se.hord.survey.account;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An account as the API shows it: never the password or its hash, nor the phone number ({@code
 * phone} only says whether one is given).
 */
@Serdeable
public record UserView(
    long id,
    String username,
    List<String> roles,
    List<String> municipalities,
    boolean safeguarding,
    boolean phone) {

  static UserView of(UserRow row) {
    return new UserView(
        row.id(),
        row.username(),
        row.roleList(),
        row.municipalityList(),
        row.safeguarding(),
        row.phoneEncrypted() != null);
  }
}

package se.hord.survey.account;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import se.hord.platform.security.Roles;
import se.hord.platform.web.Problem.Violation;
import se.hord.platform.web.ProblemException;
import se.hord.survey.sms.contact.Contacts;

/** Creates and finds accounts. */
@Singleton
public class UserService {
  static final int MIN_PASSWORD = 12;
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
  private static final Pattern MUNICIPALITY = Pattern.compile("\\d{4}");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{6,19}");
  private static final Set<String> ROLES = Set.of(Roles.ADMIN, Roles.OFFICIAL, Roles.AMBASSADOR);
  private final UserRepository users;
  private final Contacts contacts;

  public UserService(UserRepository users, Contacts contacts) {
    this.users = users;
    this.contacts = contacts;
  }

  /** Creates an account after checking every field; 400 lists every problem, 409 a taken name. */
  @Transactional
  public UserView create(NewUser request) {
    List<Violation> problems = problems(request);
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(
          "Kontot kunde inte skapas, se listan. (The account could not be created, see the list.)",
          problems);
    }
    if (users.existsByUsername(request.username())) {
      throw taken();
    }
    List<String> municipalities =
        request.municipalities() == null ? List.of() : request.municipalities();
    UserRow row =
        new UserRow(
            null,
            request.username(),
            PasswordHasher.hash(request.password()),
            UserRow.join(request.roles().stream().distinct().toList()),
            UserRow.join(municipalities.stream().distinct().toList()),
            Boolean.TRUE.equals(request.safeguarding()),
            LocalDate.now(ZoneOffset.UTC),
            request.phone() == null || request.phone().isBlank()
                ? null
                : contacts.seal(request.phone().strip()));
    try {
      return UserView.of(users.save(row));
    } catch (DataAccessException raced) {
      throw taken();
    }
  }

  /** Every account, by name. */
  @Transactional(readOnly = true)
  public List<UserView> list() {
    return users.listOrderByUsername().stream().map(UserView::of).toList();
  }

  /** The account with this name and password, if both are right. */
  @Transactional(readOnly = true)
  public Optional<UserRow> authenticate(String username, String password) {
    Optional<UserRow> user =
        username == null ? Optional.empty() : users.findByUsername(username.trim());
    boolean matches =
        PasswordHasher.matches(
            password == null ? "" : password, user.map(UserRow::passwordHash).orElse(null));
    return matches ? user : Optional.empty();
  }

  /**
   * The designated safeguarding officials of this municipality who gave a phone number, each with
   * the number decrypted.
   */
  @Transactional(readOnly = true)
  public List<String> safeguardingPhones(String municipality) {
    return users.findBySafeguarding(true).stream()
        .filter(u -> u.phoneEncrypted() != null)
        .filter(u -> u.roleList().contains(Roles.OFFICIAL))
        .filter(u -> u.municipalityList().contains(municipality))
        .map(u -> contacts.unseal(u.phoneEncrypted()))
        .toList();
  }

  /** True when no account exists yet. */
  @Transactional(readOnly = true)
  public boolean none() {
    return users.count() == 0;
  }

  static List<Violation> problems(NewUser request) {
    List<Violation> problems = new ArrayList<>();
    if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
      problems.add(
          new Violation(
              "username",
              "3–64 tecken: a–z, 0–9, punkt, understreck eller bindestreck."
                  + " (3–64 characters: a–z, 0–9, dot, underscore or hyphen.)"));
    }
    if (request.password() == null || request.password().length() < MIN_PASSWORD) {
      problems.add(
          new Violation(
              "password",
              "Lösenordet ska ha minst "
                  + MIN_PASSWORD
                  + " tecken. (The password needs at least "
                  + MIN_PASSWORD
                  + " characters.)"));
    }
    List<String> roles = request.roles() == null ? List.of() : request.roles();
    if (roles.isEmpty()) {
      problems.add(new Violation("roles", "Ange minst en roll. (Give at least one role.)"));
    }
    for (int i = 0; i < roles.size(); i++) {
      if (!ROLES.contains(roles.get(i))) {
        problems.add(
            new Violation(
                "roles[" + i + "]",
                "Rollen ska vara ADMIN, OFFICIAL eller AMBASSADOR."
                    + " (The role must be ADMIN, OFFICIAL or AMBASSADOR.)"));
      }
    }
    List<String> municipalities =
        request.municipalities() == null ? List.of() : request.municipalities();
    for (int i = 0; i < municipalities.size(); i++) {
      String code = municipalities.get(i);
      if (code == null || !MUNICIPALITY.matcher(code).matches()) {
        problems.add(
            new Violation(
                "municipalities[" + i + "]",
                "Kommunkoden ska vara fyra siffror, t.ex. 0380. (A municipality code is four"
                    + " digits, e.g. 0380.)"));
      }
    }
    if (request.phone() != null
        && !request.phone().isBlank()
        && !PHONE.matcher(request.phone().strip()).matches()) {
      problems.add(
          new Violation(
              "phone",
              "Telefonnumret ska vara siffror, gärna med landskod, t.ex. +46 70 123 45 67. (The"
                  + " phone number is digits, best with the country code, e.g. +46 70 123 45 67.)"));
    }
    if (roles.contains(Roles.OFFICIAL) && municipalities.isEmpty()) {
      problems.add(
          new Violation(
              "municipalities",
              "En tjänsteperson behöver minst en kommun. (An official needs at least one"
                  + " municipality.)"));
    }
    return problems;
  }

  private static ProblemException taken() {
    return ProblemException.conflict(
        "Användarnamnet är upptaget. (The username is already taken.)");
  }
}

package se.hord.survey.login;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.util.Map;
import se.hord.platform.security.Roles;
import se.hord.platform.web.ProblemException;
import se.hord.survey.account.UserRow;
import se.hord.survey.account.UserService;

/** Checks a username and password and signs the JWT that every Hörd service accepts. */
@Singleton
public class LoginService {
  static final String WRONG = "Fel användarnamn eller lösenord. (Wrong username or password.)";

  /**
   * Claim {@code "safeguarding": true|false}: a designated safeguarding official, the only ones
   * analysis lets read GET /api/safeguarding.
   */
  public static final String SAFEGUARDING_CLAIM = "safeguarding";

  private final UserService users;
  private final LoginThrottle throttle;
  private final TokenGenerator tokens;
  private final int expiresIn;

  public LoginService(
      UserService users,
      LoginThrottle throttle,
      TokenGenerator tokens,
      @Value("${micronaut.security.token.generator.access-token.expiration:3600}") int expiresIn) {
    this.users = users;
    this.throttle = throttle;
    this.tokens = tokens;
    this.expiresIn = expiresIn;
  }

  /** A token for these credentials; 401 when wrong, 429 after too many failures. */
  public LoginResponse login(String username, String password) {
    if (throttle.blocked(username)) {
      throw new ProblemException(
          HttpStatus.TOO_MANY_REQUESTS,
          "För många misslyckade inloggningar. Vänta tio minuter och försök igen."
              + " (Too many failed logins. Wait ten minutes and try again.)");
    }
    UserRow user =
        users
            .authenticate(username, password)
            .orElseThrow(
                () -> {
                  throttle.failed(username);
                  return new ProblemException(HttpStatus.UNAUTHORIZED, WRONG);
                });
    throttle.succeeded(username);
    Authentication authentication =
        Authentication.build(
            user.username(),
            user.roleList(),
            Map.of(
                Roles.MUNICIPALITIES_CLAIM,
                user.municipalityList(),
                SAFEGUARDING_CLAIM,
                user.safeguarding()));
    String token =
        tokens
            .generateToken(authentication, expiresIn)
            .orElseThrow(() -> new IllegalStateException("could not sign a token"));
    return new LoginResponse(token, "Bearer", expiresIn, user.username(), user.roleList());
  }

  /** How long a token lives, in seconds. */
  public int expiresIn() {
    return expiresIn;
  }
}

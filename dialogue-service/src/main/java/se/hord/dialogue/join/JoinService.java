package se.hord.dialogue.join;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.hord.dialogue.event.JoinCodes;
import se.hord.dialogue.event.PopupEvent;
import se.hord.dialogue.event.PopupEventRepository;
import se.hord.platform.security.Roles;
import se.hord.platform.web.ProblemException;

/** Turns an event's join code into an ambassador token good for that event only. */
@Singleton
public class JoinService {
  /** How long after the event's end the token still works, to sync what was captured offline. */
  static final Duration GRACE = Duration.ofHours(2);

  /** The longest a join token lives, however long the event. */
  static final Duration MAX_LIFETIME = Duration.ofHours(24);

  private final PopupEventRepository events;
  private final TokenGenerator tokens;
  private final Clock clock;

  JoinService(PopupEventRepository events, TokenGenerator tokens, Clock clock) {
    this.events = events;
    this.tokens = tokens;
    this.clock = clock;
  }

  /** A token for the event with this code; empty when no event has it, 410 when it is over. */
  @Transactional(readOnly = true)
  public Optional<JoinResponse> join(@Nullable String typedCode) {
    String code = JoinCodes.normalize(typedCode);
    return code == null ? Optional.empty() : events.findByJoinCode(code).map(this::tokenFor);
  }

  private JoinResponse tokenFor(PopupEvent event) {
    Instant now = Instant.now(clock);
    long lifetime =
        Math.min(
            Duration.between(now, event.endsAt().plus(GRACE)).toSeconds(),
            MAX_LIFETIME.toSeconds());
    if (lifetime <= 0) {
      throw new ProblemException(
          HttpStatus.GONE,
          "Eventet är slut, så koden fungerar inte längre. (The event is over, so the code no"
              + " longer works.)");
    }
    Authentication ambassador =
        Authentication.build(
            "ambassador:event-" + event.id(),
            List.of(Roles.AMBASSADOR),
            Map.of(Roles.EVENT_CLAIM, String.valueOf(event.id())));
    String token =
        tokens
            .generateToken(ambassador, (int) lifetime)
            .orElseThrow(() -> new IllegalStateException("could not sign a join token"));
    return new JoinResponse(token, "Bearer", lifetime, event.id());
  }

  /** The answer for a code no event has. */
  static ProblemException unknownCode() {
    return ProblemException.notFound(
        "Koden finns inte. Kolla att du skrev rätt och fråga den som ordnar eventet."
            + " (That code does not exist. Check your typing and ask whoever runs the event.)");
  }
}

package se.hord.dialogue.join;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import se.hord.platform.web.ProblemException;

/** Lets an ambassador without an account join a pop-up event with its code. */
@Controller("/api/events/join")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
public class JoinController {
  private final JoinService service;
  private final JoinAttempts attempts;

  JoinController(JoinService service, JoinAttempts attempts) {
    this.service = service;
    this.attempts = attempts;
  }

  /** Exchanges a join code for a token scoped to its event. */
  @Post
  JoinResponse join(@Body JoinRequest request, HttpRequest<?> http) {
    // The direct peer, not a forwarded-for header a guesser could vary at will.
    String client = http.getRemoteAddress().getHostString();
    if (attempts.blocked(client)) {
      throw new ProblemException(
          HttpStatus.TOO_MANY_REQUESTS,
          "För många fel koder. Vänta tio minuter och försök igen."
              + " (Too many wrong codes. Wait ten minutes and try again.)");
    }
    return service
        .join(request.joinCode())
        .orElseThrow(
            () -> {
              attempts.failed(client);
              return JoinService.unknownCode();
            });
  }
}

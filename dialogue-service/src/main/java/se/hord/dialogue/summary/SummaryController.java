package se.hord.dialogue.summary;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;

/** A dialogue's results for its officials: votes, consensus, opinion groups, breakdowns. */
@Controller("/api/dialogues/{id}/summary")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.OFFICIAL})
public class SummaryController {
  private final SummaryService service;

  SummaryController(SummaryService service) {
    this.service = service;
  }

  /** The summary, with every count under 5 people shown as "&lt;5". */
  @Get
  DialogueSummary summary(long id, Authentication auth) {
    return service.summary(id, Caller.of(auth));
  }
}

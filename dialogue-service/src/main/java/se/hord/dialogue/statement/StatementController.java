package se.hord.dialogue.statement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import se.hord.platform.idempotency.Idempotency;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;

/** Participants' own statements and their moderation by officials. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class StatementController {
  private final StatementService service;
  private final Moderation moderation;

  StatementController(StatementService service, Moderation moderation) {
    this.service = service;
    this.moderation = moderation;
  }

  /** Adds a participant's statement at an event; it waits for moderation ("pending"). */
  @Post("/events/{eventId}/statements")
  @Secured({Roles.ADMIN, Roles.OFFICIAL, Roles.AMBASSADOR})
  HttpResponse<StatementView> propose(
      long eventId,
      @Nullable @Header("Idempotency-Key") String idempotencyKey,
      @Body StatementRequest request,
      Authentication auth) {
    Idempotency.Outcome<StatementView> outcome =
        service.propose(eventId, idempotencyKey, request, Caller.of(auth));
    return HttpResponse.status(HttpStatus.CREATED)
        .header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
        .body(outcome.value());
  }

  /** Lists a dialogue's statements, all or those with one status (pending, approved, rejected). */
  @Get("/dialogues/{id}/statements")
  @Secured({Roles.ADMIN, Roles.OFFICIAL})
  List<StatementView> list(long id, @Nullable @QueryValue String status, Authentication auth) {
    return service.list(id, status, Caller.of(auth));
  }

  /** Approves or rejects a pending statement. */
  @Post("/dialogues/{id}/statements/{key}/moderate")
  @Secured({Roles.ADMIN, Roles.OFFICIAL})
  StatementView moderate(
      long id, String key, @Body ModerationRequest request, Authentication auth) {
    return moderation.decide(id, key, request, Caller.of(auth));
  }
}

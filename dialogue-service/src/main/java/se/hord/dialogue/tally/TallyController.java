package se.hord.dialogue.tally;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.Map;
import se.hord.platform.idempotency.Idempotency;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;

/** Counters an event tallies with one tap: conversations, first-time voters reached, ... */
@Controller("/api/events/{eventId}/tallies")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.OFFICIAL, Roles.AMBASSADOR})
public class TallyController {
  private final TallyService service;

  TallyController(TallyService service) {
    this.service = service;
  }

  /** Adds to a counter; the same Idempotency-Key again adds nothing and answers the same. */
  @Post
  HttpResponse<TallyReceipt> add(
      long eventId,
      @Nullable @Header("Idempotency-Key") String idempotencyKey,
      @Body TallyRequest request,
      Authentication auth) {
    Idempotency.Outcome<TallyReceipt> outcome =
        service.add(eventId, idempotencyKey, request, Caller.of(auth));
    return HttpResponse.status(HttpStatus.CREATED)
        .header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
        .body(outcome.value());
  }

  /** The event's totals per counter (every counter of the dialogue, 0 when never tapped). */
  @Get
  Map<String, Long> totals(long eventId, Authentication auth) {
    return service.totals(eventId, Caller.of(auth));
  }
}

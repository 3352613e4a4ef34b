package se.hord.dialogue.vote;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import se.hord.platform.idempotency.Idempotency;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;

/** Votes on statements, handed in from the pop-up phone. */
@Controller("/api/events/{eventId}/votes")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.OFFICIAL, Roles.AMBASSADOR})
public class VoteController {
  private final VoteService service;

  VoteController(VoteService service) {
    this.service = service;
  }

  /** Stores a vote; a participant's new vote on the same statement replaces the old one. */
  @Post
  HttpResponse<VoteReceipt> cast(
      long eventId,
      @Nullable @Header("Idempotency-Key") String idempotencyKey,
      @Body VoteRequest request,
      Authentication auth) {
    Idempotency.Outcome<VoteReceipt> outcome =
        service.cast(eventId, idempotencyKey, request, Caller.of(auth));
    return HttpResponse.status(HttpStatus.CREATED)
        .header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
        .body(outcome.value());
  }
}

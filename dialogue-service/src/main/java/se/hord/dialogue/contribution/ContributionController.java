package se.hord.dialogue.contribution;

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
import java.util.List;
import se.hord.platform.idempotency.Idempotency;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;

/** Quotes and notes captured at pop-up events. */
@Controller("/api/events/{eventId}/contributions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.OFFICIAL, Roles.AMBASSADOR})
public class ContributionController {
  /** Set on an answer given again for a repeated Idempotency-Key. */
  static final String REPLAYED = "Idempotent-Replayed";

  private final ContributionService service;

  ContributionController(ContributionService service) {
    this.service = service;
  }

  /** Stores one contribution; the same Idempotency-Key again gets the same answer. */
  @Post
  HttpResponse<ContributionReceipt> create(
      long eventId,
      @Nullable @Header("Idempotency-Key") String idempotencyKey,
      @Body ContributionRequest request,
      Authentication auth) {
    Idempotency.Outcome<ContributionReceipt> outcome =
        service.store(eventId, idempotencyKey, request, Caller.of(auth));
    return HttpResponse.status(HttpStatus.CREATED)
        .header(REPLAYED, String.valueOf(outcome.replayed()))
        .body(outcome.value());
  }

  /** Lists an event's contributions, oldest first. */
  @Get
  List<ContributionView> list(long eventId, Authentication auth) {
    return service.list(eventId, Caller.of(auth));
  }
}

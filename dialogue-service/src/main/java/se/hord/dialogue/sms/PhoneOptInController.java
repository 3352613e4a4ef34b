package se.hord.dialogue.sms;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;

/** A young person at a pop-up leaves a number to hear what happened next. */
@Controller("/api/events/{eventId}/phones")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.OFFICIAL, Roles.AMBASSADOR})
public class PhoneOptInController {
  private final PhoneOptIns optIns;

  PhoneOptInController(PhoneOptIns optIns) {
    this.optIns = optIns;
  }

  /** 202: queued for survey-service; the same Idempotency-Key again queues nothing more. */
  @Post
  HttpResponse<PhoneOptInReceipt> optIn(
      long eventId,
      @Nullable @Header("Idempotency-Key") String idempotencyKey,
      @Body PhoneOptInRequest request,
      Authentication auth) {
    return HttpResponse.accepted()
        .body(optIns.optIn(eventId, idempotencyKey, request, Caller.of(auth)));
  }
}

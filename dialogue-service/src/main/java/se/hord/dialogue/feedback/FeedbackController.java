package se.hord.dialogue.feedback;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.net.URI;
import java.util.List;
import se.hord.dialogue.sms.FeedbackSmsJob;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;

/** "What happened next" messages of a dialogue, written by its officials. */
@Controller("/api/dialogues/{id}/feedback")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.OFFICIAL})
public class FeedbackController {
  private final FeedbackService service;
  private final FeedbackSmsJob sms;

  FeedbackController(FeedbackService service, FeedbackSmsJob sms) {
    this.service = service;
    this.sms = sms;
  }

  /**
   * Stores a message (the newest one shows on the dialogue's public page {@code /d/{id}}) and tries
   * its SMS at once, so the answer's {@code sms} shows the recipients and SMS queued, or {@code
   * pending} when survey-service could not take it yet (it is retried).
   */
  @Post
  HttpResponse<FeedbackView> send(long id, @Body FeedbackRequest request, Authentication auth) {
    Caller caller = Caller.of(auth);
    FeedbackView stored = service.send(id, request, caller);
    sms.send(stored.id());
    FeedbackView sent =
        service.list(id, caller).stream()
            .filter(f -> f.id() == stored.id())
            .findFirst()
            .orElse(stored);
    return HttpResponse.created(sent, URI.create("/d/" + id));
  }

  /** Every message sent for the dialogue and when, oldest first. */
  @Get
  List<FeedbackView> list(long id, Authentication auth) {
    return service.list(id, Caller.of(auth));
  }
}

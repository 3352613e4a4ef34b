package se.hord.survey.feedback;

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
import se.hord.platform.security.Roles;

/** Lets dialogue-service (SERVICE token) send a dialogue's feedback through this SMS channel. */
@Controller("/api/internal/feedback")
@Secured(Roles.SERVICE)
@ExecuteOn(TaskExecutors.BLOCKING)
public class InternalFeedbackController {
  private final FeedbackService feedback;

  public InternalFeedbackController(FeedbackService feedback) {
    this.feedback = feedback;
  }

  /** Queues the message to each phone hash (opt-outs respected when sending): 202. */
  @Post
  public HttpResponse<FeedbackViews.Sent> send(
      @Body DialogueFeedbackRequest request,
      @Nullable @Header("Idempotency-Key") String idempotencyKey,
      Authentication authentication) {
    FeedbackRequest message = request.checked();
    FeedbackViews.Sent sent =
        feedback.sendForDialogue(
            request.dialogueId(),
            message,
            request.phoneHashes(),
            authentication.getName(),
            idempotencyKey);
    return HttpResponse.<FeedbackViews.Sent>status(HttpStatus.ACCEPTED).body(sent);
  }
}

package se.hord.survey.feedback;

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
import java.net.URI;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;

/** Officials write "what happened next" for a survey, preview it, send it and follow it. */
@Controller("/api/surveys/{id}/feedback")
@Secured({Roles.OFFICIAL, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
public class FeedbackController {
  private final FeedbackService feedback;

  public FeedbackController(FeedbackService feedback) {
    this.feedback = feedback;
  }

  /** How many would get the message and how many SMS it takes each; sends nothing. */
  @Post("/preview")
  public FeedbackViews.Preview preview(
      long id, @Body FeedbackRequest request, Authentication authentication) {
    return feedback.preview(Caller.of(authentication), id, request);
  }

  /** Sends the message to everyone who wants to hear back and shows it on the survey's page. */
  @Post
  public HttpResponse<FeedbackViews.Sent> send(
      long id,
      @Body FeedbackRequest request,
      @Nullable @Header("Idempotency-Key") String idempotencyKey,
      Authentication authentication) {
    FeedbackViews.Sent sent = feedback.send(Caller.of(authentication), id, request, idempotencyKey);
    return HttpResponse.<FeedbackViews.Sent>status(HttpStatus.ACCEPTED)
        .body(sent)
        .headers(h -> h.location(URI.create("/api/surveys/" + id + "/feedback")));
  }

  /** The survey's feedback messages, newest first, with how far their sending has come. */
  @Get
  public FeedbackViews.Listing progress(long id, Authentication authentication) {
    return feedback.list(Caller.of(authentication), id);
  }
}

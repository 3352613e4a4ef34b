package se.hord.dialogue.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.hord.dialogue.dialogue.DialogueService;
import se.hord.dialogue.dialogue.DialogueView;
import se.hord.dialogue.feedback.FeedbackRequest;
import se.hord.dialogue.feedback.FeedbackService;
import se.hord.dialogue.feedback.FeedbackView;
import se.hord.dialogue.sms.FeedbackSmsJob;
import se.hord.platform.security.Caller;
import se.hord.platform.web.ProblemException;

/**
 * "What happened next" in the browser: earlier messages with how their SMS went, and a form to
 * publish a new one (public page and SMS to those who left a number).
 */
@Controller("/dialogues/{id}/feedback")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class FeedbackPagesController {
  private final PageSession session;
  private final DialogueService dialogues;
  private final FeedbackService feedback;
  private final FeedbackSmsJob sms;

  FeedbackPagesController(
      PageSession session,
      DialogueService dialogues,
      FeedbackService feedback,
      FeedbackSmsJob sms) {
    this.session = session;
    this.dialogues = dialogues;
    this.feedback = feedback;
    this.sms = sms;
  }

  /** Earlier messages (newest first) and the form. */
  @Get
  HttpResponse<?> show(long id, HttpRequest<?> request, @Nullable Authentication auth) {
    if (auth == null) {
      return Pages.redirect(session.loginUrl(request));
    }
    return page(id, auth, HttpStatus.OK, null, null);
  }

  /** Publishes a message and tries its SMS at once; a bad form is shown again with the problems. */
  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> publish(
      long id,
      @Body Map<String, String> fields,
      HttpRequest<?> request,
      @Nullable Authentication auth) {
    if (auth == null) {
      return Pages.redirect(session.loginUrl(request));
    }
    Caller caller = session.checked(auth, fields.get(PageSession.CSRF_FIELD));
    FeedbackRequest form =
        new FeedbackRequest(
            new FeedbackRequest.Message(
                blankAsNull(fields.get("sv")), blankAsNull(fields.get("en"))));
    try {
      FeedbackView sent = feedback.send(id, form, caller);
      sms.send(sent.id());
    } catch (ProblemException problem) {
      if (problem.violations().isEmpty()) {
        throw problem;
      }
      return page(id, auth, HttpStatus.BAD_REQUEST, form, problem);
    }
    return Pages.redirect("/dialogues/" + id + "/feedback");
  }

  private HttpResponse<?> page(
      long id,
      Authentication auth,
      HttpStatus status,
      @Nullable FeedbackRequest form,
      @Nullable ProblemException problem) {
    Caller caller = session.official(auth);
    DialogueView dialogue = dialogues.visible(id, caller);
    List<FeedbackView> sent = feedback.list(id, caller).reversed();
    Map<String, Object> model = new HashMap<>();
    model.put("dialogue", dialogue);
    model.put("sent", sent.stream().map(FeedbackRow::of).toList());
    model.put("csrf", session.csrf(auth));
    model.put("sv", form == null ? "" : nonNull(form.message().sv()));
    model.put("en", form == null ? "" : nonNull(form.message().en()));
    model.put("errors", problem == null ? List.of() : problem.violations());
    return Pages.page(status, "dialogues/feedback", "Vad hände sen?", model);
  }

  private static String blankAsNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static String nonNull(@Nullable String value) {
    return value == null ? "" : value;
  }

  @Error(exception = ProblemException.class)
  HttpResponse<?> refused(ProblemException e) {
    return Pages.problem(e);
  }
}

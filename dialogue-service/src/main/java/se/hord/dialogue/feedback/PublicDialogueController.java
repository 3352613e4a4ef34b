package se.hord.dialogue.feedback;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import se.hord.dialogue.dialogue.DialogueService;
import se.hord.dialogue.dialogue.DialogueView;
import se.hord.platform.view.Pages;

/** A dialogue's public page: what it is about and what happened next. Anyone may read it. */
@Controller("/d")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class PublicDialogueController {
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  private final DialogueService dialogues;
  private final FeedbackService feedback;

  PublicDialogueController(DialogueService dialogues, FeedbackService feedback) {
    this.dialogues = dialogues;
    this.feedback = feedback;
  }

  /** Title, description and the latest "what happened next", Swedish first. */
  @Get("/{id:[0-9]+}")
  HttpResponse<ModelAndView<Map<String, Object>>> page(long id) {
    Map<String, Object> model = new HashMap<>();
    DialogueView dialogue = dialogues.find(id).orElse(null);
    if (dialogue == null) {
      return Pages.problem(
          HttpStatus.NOT_FOUND,
          "Finns inte",
          "Det finns ingen sådan dialog. (There is no such dialogue.)",
          "/dialogues",
          "Till dina dialoger (To your dialogues)");
    }
    model.put("title", dialogue.title());
    model.put("dialogue", dialogue);
    feedback
        .latest(id)
        .ifPresent(
            f -> {
              model.put("feedback", f);
              model.put("sentOn", LocalDate.ofInstant(f.sentAt(), SWEDEN).toString());
            });
    return HttpResponse.ok(new ModelAndView<>("dialogues/public", model));
  }
}

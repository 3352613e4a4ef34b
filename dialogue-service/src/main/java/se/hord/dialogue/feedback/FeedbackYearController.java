package se.hord.dialogue.feedback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.transaction.annotation.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import se.hord.dialogue.dialogue.Dialogue;
import se.hord.dialogue.dialogue.DialogueRepository;
import se.hord.platform.feedback.FeedbackPeriod;
import se.hord.platform.feedback.FeedbackYear;
import se.hord.platform.security.Roles;

/**
 * analysis (SERVICE token) reads what the dialogues of a municipality fed back in a year, for the
 * barnbokslut. A dialogue's message is published on its public page ({@code channel} {@code page});
 * how many read it is not known, so {@code recipients} and {@code reached} are left out.
 */
@Controller("/api/internal/feedback")
@Secured(Roles.SERVICE)
@ExecuteOn(TaskExecutors.BLOCKING)
public class FeedbackYearController {
  private final FeedbackRepository feedback;
  private final DialogueRepository dialogues;

  FeedbackYearController(FeedbackRepository feedback, DialogueRepository dialogues) {
    this.feedback = feedback;
    this.dialogues = dialogues;
  }

  /** {@code ?municipality=0380&year=2026}: the messages sent that year, oldest first. */
  @Get
  @Transactional(readOnly = true)
  public FeedbackYear year(
      @Nullable @QueryValue String municipality, @Nullable @QueryValue String year) {
    FeedbackPeriod period = FeedbackPeriod.of(municipality, year);
    return new FeedbackYear(
        period.municipality(),
        period.year(),
        feedback.sentBetween(period.municipality(), period.from(), period.to()).stream()
            .map(this::sent)
            .toList());
  }

  private FeedbackYear.Sent sent(Feedback f) {
    Map<String, String> message = new LinkedHashMap<>();
    message.put("sv", f.messageSv());
    if (f.messageEn() != null) {
      message.put("en", f.messageEn());
    }
    return new FeedbackYear.Sent(
        "dialogue",
        String.valueOf(f.dialogueId()),
        dialogues.findById(f.dialogueId()).map(Dialogue::title).orElse(null),
        f.sentAt(),
        message,
        "page",
        null,
        null);
  }
}

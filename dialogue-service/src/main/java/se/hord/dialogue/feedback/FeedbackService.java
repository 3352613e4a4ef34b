package se.hord.dialogue.feedback;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.hord.dialogue.common.Violations;
import se.hord.dialogue.dialogue.DialogueService;
import se.hord.dialogue.dialogue.DialogueView;
import se.hord.dialogue.sms.FeedbackSms;
import se.hord.dialogue.sms.FeedbackSmsOutbox;
import se.hord.platform.security.Caller;

/**
 * Stores what a municipality did with a dialogue's results and shows the latest on the dialogue's
 * public page. Each message is also put in the SMS outbox ({@code feedback_sms}) in the same
 * transaction; {@code sms.FeedbackSmsJob} hands it to survey-service for the participants who left
 * a number.
 */
@Singleton
public class FeedbackService {
  static final int MAX_MESSAGE = 2000;

  private final FeedbackRepository feedback;
  private final DialogueService dialogues;
  private final Clock clock;
  private final FeedbackSmsOutbox sms;

  FeedbackService(
      FeedbackRepository feedback, DialogueService dialogues, Clock clock, FeedbackSmsOutbox sms) {
    this.feedback = feedback;
    this.dialogues = dialogues;
    this.clock = clock;
    this.sms = sms;
  }

  /** Stores a message for a dialogue of the caller's municipality. */
  @Transactional
  public FeedbackView send(long dialogueId, FeedbackRequest request, Caller caller) {
    DialogueView dialogue = dialogues.visible(dialogueId, caller);
    Violations violations = new Violations();
    FeedbackRequest.Message message = request.message();
    if (message == null) {
      violations.add("message", "Skriv ett meddelande på svenska. (Write a message in Swedish.)");
    }
    String sv =
        message == null ? null : violations.text("message.sv", message.sv(), MAX_MESSAGE, true);
    String en =
        message == null ? null : violations.text("message.en", message.en(), MAX_MESSAGE, false);
    violations.throwIfAny();
    Feedback saved =
        feedback.save(
            new Feedback(
                null,
                dialogue.id(),
                sv,
                en,
                caller.name(),
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS)));
    sms.add(saved.id());
    return FeedbackView.of(saved, null);
  }

  /** Every message sent for the dialogue, oldest first. */
  @Transactional(readOnly = true)
  public List<FeedbackView> list(long dialogueId, Caller caller) {
    DialogueView dialogue = dialogues.visible(dialogueId, caller);
    List<Feedback> rows = feedback.findByDialogueIdOrderById(dialogue.id());
    Map<Long, FeedbackSms> states = sms.states(rows.stream().map(Feedback::id).toList());
    return rows.stream().map(f -> FeedbackView.of(f, states.get(f.id()))).toList();
  }

  /** The newest message of a dialogue, for its public page. */
  @Transactional(readOnly = true)
  public Optional<FeedbackView> latest(long dialogueId) {
    return feedback
        .findFirstByDialogueIdOrderByIdDesc(dialogueId)
        .map(f -> FeedbackView.of(f, null));
  }
}

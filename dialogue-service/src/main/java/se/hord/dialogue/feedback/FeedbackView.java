package se.hord.dialogue.feedback;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A sent "what happened next" message and when it was sent. */
@Serdeable
public record FeedbackView(
    long id, long dialogueId, FeedbackRequest.Message message, String sentBy, Instant sentAt) {

  static FeedbackView of(Feedback f) {
    return new FeedbackView(
        f.id(),
        f.dialogueId(),
        new FeedbackRequest.Message(f.messageSv(), f.messageEn()),
        f.sentBy(),
        f.sentAt());
  }
}

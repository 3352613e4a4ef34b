package se.hord.survey.feedback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;

/** A stored feedback message, of a survey or (for dialogue-service) a dialogue. Times in UTC. */
@MappedEntity("feedback")
public record FeedbackRow(
    @Id @GeneratedValue @Nullable Long id,
    @Nullable Long surveyId,
    @Nullable String dialogueId,
    String messageSv,
    @Nullable String messageEn,
    String smsBody,
    int recipients,
    String createdBy,
    LocalDateTime createdAt) {

  /** The outbox purpose of this message's SMS: one per person and feedback message. */
  public String purpose() {
    return "feedback:" + id;
  }
}

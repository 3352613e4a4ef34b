package se.hord.dialogue.feedback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import se.hord.dialogue.sms.FeedbackSms;

/** A sent "what happened next" message, when it was sent, and how its SMS hand-over went. */
@Serdeable
public record FeedbackView(
    long id,
    long dialogueId,
    FeedbackRequest.Message message,
    String sentBy,
    Instant sentAt,
    @Nullable Sms sms) {

  static FeedbackView of(Feedback f, @Nullable FeedbackSms sms) {
    return new FeedbackView(
        f.id(),
        f.dialogueId(),
        new FeedbackRequest.Message(f.messageSv(), f.messageEn()),
        f.sentBy(),
        f.sentAt(),
        sms == null
            ? null
            : new Sms(sms.status(), sms.recipients(), sms.queued(), sms.attempts(), sms.detail()));
  }

  /**
   * The SMS to participants who left a number: {@code pending} (waiting for survey-service), {@code
   * sent} (survey-service queued {@code queued} SMS to {@code recipients} phones) or {@code failed}
   * ({@code detail} says why).
   */
  @Serdeable
  public record Sms(
      String status,
      @Nullable Integer recipients,
      @Nullable Integer queued,
      int attempts,
      @Nullable String detail) {}
}

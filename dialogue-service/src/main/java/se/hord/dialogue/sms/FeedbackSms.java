package se.hord.dialogue.sms;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * The SMS hand-over of one "what happened next" message: {@code pending} until survey-service
 * accepted it ({@code sent}, with its recipients and SMS queued) or refused it for good ({@code
 * failed}, with why).
 */
@MappedEntity("feedback_sms")
public record FeedbackSms(
    @Id Long feedbackId,
    String status,
    int attempts,
    Instant nextAttemptAt,
    @Nullable Integer recipients,
    @Nullable Integer queued,
    @Nullable String detail) {
  static final String PENDING = "pending";
  static final String SENT = "sent";
  static final String FAILED = "failed";
}

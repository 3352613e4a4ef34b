package se.hord.survey.feedback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import se.hord.platform.idempotency.Idempotency;
import se.hord.survey.sms.outbound.Outbox;

/** Stores a feedback message and queues its SMS in one transaction: all or nothing. */
@Singleton
class FeedbackStore {
  private final FeedbackRepository feedback;
  private final Outbox outbox;
  private final Idempotency idempotency;

  FeedbackStore(FeedbackRepository feedback, Outbox outbox, Idempotency idempotency) {
    this.feedback = feedback;
    this.outbox = outbox;
    this.idempotency = idempotency;
  }

  /**
   * Stores the message and queues one SMS per recipient. With an Idempotency-Key, the same request
   * again answers the first result and queues nothing more.
   */
  @Transactional
  FeedbackViews.Sent record(
      @Nullable Long surveyId,
      @Nullable String dialogueId,
      FeedbackRequest request,
      Collection<String> recipients,
      String createdBy,
      @Nullable String idempotencyKey) {
    if (idempotencyKey == null) {
      return store(surveyId, dialogueId, request, recipients, createdBy);
    }
    String scope =
        surveyId != null ? "feedback:survey:" + surveyId : "feedback:dialogue:" + dialogueId;
    return idempotency
        .once(
            scope,
            idempotencyKey,
            request.smsBody(),
            FeedbackViews.Sent.class,
            () -> store(surveyId, dialogueId, request, recipients, createdBy))
        .value();
  }

  private FeedbackViews.Sent store(
      @Nullable Long surveyId,
      @Nullable String dialogueId,
      FeedbackRequest request,
      Collection<String> recipients,
      String createdBy) {
    FeedbackRow row =
        feedback.save(
            new FeedbackRow(
                null,
                surveyId,
                dialogueId,
                request.sv(),
                request.en(),
                request.smsBody(),
                recipients.size(),
                createdBy,
                LocalDateTime.now(ZoneOffset.UTC)));
    int queued = 0;
    for (String phoneHash : recipients) {
      if (outbox.enqueue(phoneHash, row.smsBody(), row.purpose())) {
        queued++;
      }
    }
    return new FeedbackViews.Sent(row.id(), recipients.size(), queued);
  }
}

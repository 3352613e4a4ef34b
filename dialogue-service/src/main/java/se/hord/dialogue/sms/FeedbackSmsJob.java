package se.hord.dialogue.sms;

import io.micronaut.context.annotation.Property;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.hord.dialogue.feedback.Feedback;
import se.hord.dialogue.feedback.FeedbackRepository;

/**
 * Sends each pending "what happened next" to survey-service's {@code POST /api/internal/feedback}
 * with the phone hashes of the dialogue's opted-in participants and the Idempotency-Key {@code
 * dialogue-feedback-<id>}, until it answers 202. A lost answer or a restart only sends the same key
 * again, which survey-service answers as the first time: nobody gets the SMS twice. While numbers
 * of the dialogue still wait for their hand-over, the message waits for them.
 */
@Singleton
public class FeedbackSmsJob {
  private static final Logger LOG = LoggerFactory.getLogger(FeedbackSmsJob.class);

  /** survey-service's limit for one message, Swedish and English together. */
  private static final int MAX_SMS_TEXT = 1600;

  private final FeedbackSmsRepository outbox;
  private final FeedbackRepository feedback;
  private final PhoneHandoverRepository handovers;
  private final DialoguePhoneRepository phones;
  private final SurveyClient survey;
  private final Clock clock;
  private final boolean enabled;

  FeedbackSmsJob(
      FeedbackSmsRepository outbox,
      FeedbackRepository feedback,
      PhoneHandoverRepository handovers,
      DialoguePhoneRepository phones,
      SurveyClient survey,
      Clock clock,
      @Property(name = "hord.sms.jobs-enabled", defaultValue = "true") boolean enabled) {
    this.outbox = outbox;
    this.feedback = feedback;
    this.handovers = handovers;
    this.phones = phones;
    this.survey = survey;
    this.clock = clock;
    this.enabled = enabled;
  }

  @Scheduled(fixedDelay = "${hord.sms.job-interval:2s}", initialDelay = "6s")
  void scheduled() {
    if (enabled) {
      tick();
    }
  }

  /** One round over the messages due; how many survey-service accepted. */
  public int tick() {
    int accepted = 0;
    for (FeedbackSms row : outbox.findDue(Instant.now(clock), 20)) {
      if (send(row.feedbackId()).map(s -> FeedbackSms.SENT.equals(s.status())).orElse(false)) {
        accepted++;
      }
    }
    return accepted;
  }

  /** Tries one message now (also right after an official publishes it); its state after. */
  public Optional<FeedbackSms> send(long feedbackId) {
    Optional<FeedbackSms> current = outbox.findById(feedbackId);
    Optional<Feedback> message = feedback.findById(feedbackId);
    if (current.isEmpty()
        || message.isEmpty()
        || !FeedbackSms.PENDING.equals(current.get().status())) {
      return current;
    }
    FeedbackSms row = current.get();
    long dialogueId = message.get().dialogueId();
    if (handovers.countWaiting(dialogueId) > 0) {
      return current; // numbers left at the pop-up first
    }
    List<String> hashes = phones.hashes(dialogueId);
    Instant now = Instant.now(clock);
    if (hashes.isEmpty()) {
      return Optional.of(outbox.update(done(row, 0, 0)));
    }
    SurveyClient.Answer<SurveyClient.Queued> answer =
        survey.feedback(dialogueId, text(message.get()), hashes, "dialogue-feedback-" + feedbackId);
    int attempts = row.attempts() + 1;
    FeedbackSms next;
    if (answer.ok()) {
      next = done(row, answer.body().recipients(), answer.body().queued());
    } else if (answer.retry()) {
      next =
          new FeedbackSms(
              feedbackId,
              FeedbackSms.PENDING,
              attempts,
              Backoff.after(now, attempts),
              null,
              null,
              answer.problem());
      LOG.info("Feedback {} waits for survey-service (attempt {})", feedbackId, attempts);
    } else {
      next =
          new FeedbackSms(
              feedbackId, FeedbackSms.FAILED, attempts, now, null, null, answer.problem());
      LOG.warn("survey-service refused feedback {}: {}", feedbackId, answer.problem());
    }
    return Optional.of(outbox.update(next));
  }

  private static FeedbackSms done(FeedbackSms row, int recipients, int queued) {
    return new FeedbackSms(
        row.feedbackId(),
        FeedbackSms.SENT,
        row.attempts() + 1,
        row.nextAttemptAt(),
        recipients,
        queued,
        null);
  }

  /** Swedish, and English when both fit in survey-service's limit. */
  private static Map<String, String> text(Feedback f) {
    Map<String, String> message = new LinkedHashMap<>();
    message.put("sv", f.messageSv());
    if (f.messageEn() != null
        && f.messageSv().length() + 2 + f.messageEn().length() <= MAX_SMS_TEXT) {
      message.put("en", f.messageEn());
    }
    return message;
  }
}

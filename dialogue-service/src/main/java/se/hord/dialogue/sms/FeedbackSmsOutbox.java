package se.hord.dialogue.sms;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Puts a dialogue's "what happened next" in the SMS outbox and tells how its sending went. */
@Singleton
public class FeedbackSmsOutbox {
  private final FeedbackSmsRepository outbox;
  private final Clock clock;

  FeedbackSmsOutbox(FeedbackSmsRepository outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  /** In the caller's transaction, so the message and its SMS hand-over commit together. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void add(long feedbackId) {
    outbox.save(
        new FeedbackSms(feedbackId, FeedbackSms.PENDING, 0, Instant.now(clock), null, null, null));
  }

  /** The SMS state of each of these messages, by feedback id. */
  @Transactional(readOnly = true)
  public Map<Long, FeedbackSms> states(Collection<Long> feedbackIds) {
    if (feedbackIds.isEmpty()) {
      return Map.of();
    }
    return outbox.findByFeedbackIdIn(feedbackIds).stream()
        .collect(Collectors.toMap(FeedbackSms::feedbackId, Function.identity()));
  }
}

package se.hord.dialogue.sms;

import io.micronaut.context.annotation.Property;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.hord.dialogue.common.Today;

/**
 * Hands each queued number to survey-service ({@code POST /api/internal/contacts}), keeps only the
 * hash it answers, and deletes the number. survey-service down or 5xx: tried again later with
 * backoff; nothing is lost, and a number handed over twice (after a lost answer) gives the same
 * hash, stored once. Numbers are never logged.
 */
@Singleton
public class PhoneHandoverJob {
  private static final Logger LOG = LoggerFactory.getLogger(PhoneHandoverJob.class);
  private static final int BATCH = 50;
  private final PhoneHandoverRepository queue;
  private final DialoguePhoneRepository phones;
  private final SurveyClient survey;
  private final Today today;
  private final Clock clock;
  private final boolean enabled;

  PhoneHandoverJob(
      PhoneHandoverRepository queue,
      DialoguePhoneRepository phones,
      SurveyClient survey,
      Today today,
      Clock clock,
      @Property(name = "hord.sms.jobs-enabled", defaultValue = "true") boolean enabled) {
    this.queue = queue;
    this.phones = phones;
    this.survey = survey;
    this.today = today;
    this.clock = clock;
    this.enabled = enabled;
  }

  @Scheduled(fixedDelay = "${hord.sms.job-interval:2s}", initialDelay = "5s")
  void scheduled() {
    if (enabled) {
      tick();
    }
  }

  /** One round over the numbers due; how many were handed over. */
  public int tick() {
    int handed = 0;
    for (PhoneHandover row : queue.findDue(Instant.now(clock), BATCH)) {
      SurveyClient.Answer<SurveyClient.Kept> answer =
          survey.keep(row.phoneNumber(), row.dialogueId());
      if (answer.ok()) {
        keepHash(row, answer.body().phoneHash());
        handed++;
      } else if (answer.retry()) {
        int attempts = row.attempts() + 1;
        queue.retryLater(row.id(), attempts, Backoff.after(Instant.now(clock), attempts));
        LOG.info("Phone hand-over {} waits (attempt {}): {}", row.id(), attempts, answer.problem());
        break; // survey-service is not answering: the others wait for the next round
      } else {
        queue.remove(row.id());
        LOG.warn("survey-service refused phone hand-over {}: {}", row.id(), answer.problem());
      }
    }
    return handed;
  }

  /** The hash first, then the number goes: a crash in between only hands it over again. */
  private void keepHash(PhoneHandover row, String hash) {
    phones.add(row.dialogueId(), hash, today.date());
    queue.remove(row.id());
  }
}

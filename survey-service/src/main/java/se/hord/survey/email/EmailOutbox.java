package se.hord.survey.email;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Outgoing e-mail, shaped like the SMS outbox: queued here, sent by {@link EmailSender} with
 * retries. Its states are the SMS outbox's names: queued, sending, sent, failed, simulated,
 * unknown.
 */
@Singleton
public class EmailOutbox {
  private final EmailOutboxRepository outbox;

  EmailOutbox(EmailOutboxRepository outbox) {
    this.outbox = outbox;
  }

  /** Queues one e-mail per address for this purpose (e.g. feedback:12); how many were new. */
  @Transactional
  public int enqueueAll(List<String> emailHashes, String subject, String body, String purpose) {
    int queued = 0;
    for (String hash : emailHashes) {
      queued += outbox.enqueue(hash, subject, body, purpose);
    }
    return queued;
  }

  /** How many e-mails of this purpose are in each state. */
  @Transactional(readOnly = true)
  public Map<String, Long> progress(String purpose) {
    Map<String, Long> counts = new TreeMap<>();
    outbox.countByStatus(purpose).forEach(c -> counts.put(c.status(), c.count()));
    return counts;
  }

  /** Commits up to {@code limit} due e-mails as "sending" (for the lease) before any is sent. */
  @Transactional
  List<EmailOutboxRow> claim(int limit, long leaseMillis) {
    List<EmailOutboxRow> due = outbox.lockDue(limit);
    due.forEach(row -> outbox.claim(row.id(), leaseMillis));
    return due;
  }

  /** Marks claims whose lease ran out (their instance stopped mid-send) as unknown. */
  @Transactional
  int expireClaims() {
    return outbox.expireClaims();
  }

  @Transactional
  void finish(long id, String status, @Nullable String why) {
    outbox.finish(id, status, why == null ? null : cut(why));
  }

  @Transactional
  void retryLater(long id, String why, long delayMillis) {
    outbox.retryLater(id, cut(why), delayMillis);
  }

  private static String cut(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200);
  }
}

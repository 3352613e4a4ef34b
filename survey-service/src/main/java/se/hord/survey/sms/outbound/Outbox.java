package se.hord.survey.sms.outbound;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Outgoing SMS: queued here in the caller's transaction, sent by {@link OutboxSender}. */
@Singleton
public class Outbox {
  /** Twilio refuses a body longer than this (error 21617). */
  public static final int MAX_BODY = 1600;

  private static final int MAX_PURPOSE = 100;
  private final OutboxRepository outbox;

  Outbox(OutboxRepository outbox) {
    this.outbox = outbox;
  }

  /**
   * Queues a message in the caller's transaction; the sender sends it after commit. A phone gets at
   * most one message per purpose (e.g. {@code feedback:12}): false when it already had one.
   */
  @Transactional
  public boolean enqueue(String phoneHash, String body, String purpose) {
    if (body.isBlank() || body.length() > MAX_BODY) {
      throw new IllegalArgumentException("an SMS body has 1 to " + MAX_BODY + " characters");
    }
    if (purpose.isBlank() || purpose.length() > MAX_PURPOSE) {
      throw new IllegalArgumentException("a purpose has 1 to " + MAX_PURPOSE + " characters");
    }
    return outbox.enqueue(phoneHash, body, purpose) == 1;
  }

  /** How many messages of this purpose are in each state (see {@link OutboxStatus}). */
  @Transactional(readOnly = true)
  public Map<String, Long> progress(String purpose) {
    Map<String, Long> counts = new TreeMap<>();
    outbox.countByStatus(purpose).forEach(c -> counts.put(c.status(), c.count()));
    return counts;
  }

  /** The newest messages to one phone, newest first (for the /dev/sms simulator). */
  @Transactional(readOnly = true)
  public List<OutboxRow> newestTo(String phoneHash, int limit) {
    return outbox.newestTo(phoneHash, limit);
  }
}

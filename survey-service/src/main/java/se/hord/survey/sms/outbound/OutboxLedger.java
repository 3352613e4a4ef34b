package se.hord.survey.sms.outbound;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;

/** The outbox's short transactions: claiming due messages, and what became of each. */
@Singleton
class OutboxLedger {
  private final OutboxRepository outbox;
  private final SenderPace pace;

  OutboxLedger(OutboxRepository outbox, SenderPace pace) {
    this.outbox = outbox;
    this.pace = pace;
  }

  /**
   * Claims up to {@code limit} due messages and commits them as "sending" before any is sent, so no
   * other instance (and no later restart) sends them again. With a {@code sender}, its pace row is
   * locked meanwhile: nothing is claimed until it may send, and each claim costs it {@code
   * millisPerMessage}.
   */
  @Transactional
  List<OutboxRow> claim(@Nullable String sender, int limit, long millisPerMessage, long lease) {
    if (sender != null) {
      pace.ensure(sender);
      if (pace.lockAndCheck(sender) == 0) {
        return List.of();
      }
    }
    List<OutboxRow> due = outbox.lockDue(limit);
    due.forEach(row -> outbox.claim(row.id(), lease));
    if (sender != null && !due.isEmpty()) {
      pace.spend(sender, due.size() * millisPerMessage);
    }
    return due;
  }

  /** Marks claims whose lease ran out (their instance died mid-call) as unknown. */
  @Transactional
  int expireClaims() {
    return outbox.expireClaims();
  }

  @Transactional
  void sent(long id, String sid) {
    outbox.sent(id, sid);
  }

  @Transactional
  void finish(long id, String status, @Nullable Integer errorCode, @Nullable String why) {
    outbox.finish(id, status, errorCode, why == null ? null : cut(why));
  }

  @Transactional
  void retryLater(long id, @Nullable Integer errorCode, long delayMillis) {
    outbox.retryLater(id, errorCode, delayMillis);
  }

  private static String cut(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200);
  }
}

package se.hord.dialogue.sms;

import java.time.Duration;
import java.time.Instant;

/** When to try survey-service again: 2 s, doubling, at most 10 minutes. */
final class Backoff {
  private static final Duration FIRST = Duration.ofSeconds(2);
  private static final Duration MAX = Duration.ofMinutes(10);

  private Backoff() {}

  static Instant after(Instant now, int attempts) {
    Duration wait = FIRST.multipliedBy(1L << Math.min(attempts - 1, 20));
    return now.plus(wait.compareTo(MAX) > 0 ? MAX : wait);
  }
}

package se.hord.dialogue.join;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts wrong join codes per client, in memory only, so nobody can try codes until one fits. The
 * client key lives here for at most the window and is never written anywhere.
 */
@Singleton
public class JoinAttempts {
  /** Wrong codes allowed per client within {@link #WINDOW}. */
  static final int MAX_FAILURES = 20;

  static final Duration WINDOW = Duration.ofMinutes(10);

  /** Above this many clients tracked, stale entries are swept before adding another. */
  private static final int SWEEP_ABOVE = 10_000;

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  JoinAttempts(Clock clock) {
    this.clock = clock;
  }

  /** True when this client has used up its wrong tries for now. */
  public boolean blocked(String client) {
    Deque<Instant> times = failures.get(client);
    if (times == null) {
      return false;
    }
    synchronized (times) {
      prune(times, Instant.now(clock));
      return times.size() >= MAX_FAILURES;
    }
  }

  /** Notes one wrong code from this client. */
  public void failed(String client) {
    Instant now = Instant.now(clock);
    if (failures.size() > SWEEP_ABOVE) {
      sweep(now);
    }
    Deque<Instant> times = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
    synchronized (times) {
      prune(times, now);
      times.addLast(now);
    }
  }

  private void sweep(Instant now) {
    Iterator<Map.Entry<String, Deque<Instant>>> it = failures.entrySet().iterator();
    while (it.hasNext()) {
      Deque<Instant> times = it.next().getValue();
      synchronized (times) {
        prune(times, now);
        if (times.isEmpty()) {
          it.remove();
        }
      }
    }
  }

  private static void prune(Deque<Instant> times, Instant now) {
    Instant oldest = now.minus(WINDOW);
    while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
      times.removeFirst();
    }
  }
}

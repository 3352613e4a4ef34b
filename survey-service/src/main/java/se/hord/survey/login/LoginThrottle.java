package se.hord.survey.login;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed logins for one username within
 * ten minutes, further tries are refused until the oldest failure is ten minutes old. Kept in
 * memory per instance, which is enough to make guessing impractical.
 */
@Singleton
public class LoginThrottle {
  static final int MAX_FAILURES = 10;
  static final Duration WINDOW = Duration.ofMinutes(10);
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  /** True when this username has failed too often lately. */
  public boolean blocked(String username) {
    Deque<Instant> recent = failures.get(key(username));
    if (recent == null) {
      return false;
    }
    synchronized (recent) {
      prune(recent, Instant.now());
      return recent.size() >= MAX_FAILURES;
    }
  }

  /** Counts a failed login. */
  public void failed(String username) {
    Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
    synchronized (recent) {
      Instant now = Instant.now();
      prune(recent, now);
      recent.addLast(now);
    }
  }

  /** Forgets the failures after a successful login. */
  public void succeeded(String username) {
    failures.remove(key(username));
  }

  private static void prune(Deque<Instant> recent, Instant now) {
    while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(WINDOW))) {
      recent.removeFirst();
    }
  }

  private static String key(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }
}

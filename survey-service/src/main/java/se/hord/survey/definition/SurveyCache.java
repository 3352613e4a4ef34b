package se.hord.survey.definition;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The surveys that answering reads, kept in memory for a moment. Every answer needs its survey (is
 * it open, what are its questions); reading and parsing the definition from MariaDB for each one
 * cost a round trip and a JSON parse per answer, more than storing the answer itself. A definition
 * never changes once stored (edits make a new survey), so only the status can go stale: this
 * service forgets a survey the moment it publishes or closes it, and another replica sees the
 * change after at most {@code hord.surveys.cache-ttl} (1 s by default).
 */
@Singleton
class SurveyCache {
  private final long ttlNanos;
  private final ConcurrentHashMap<Long, Entry<Optional<Survey>>> byId = new ConcurrentHashMap<>();
  private volatile Entry<List<Survey>> published;

  SurveyCache(@Value("${hord.surveys.cache-ttl:1s}") Duration ttl) {
    this.ttlNanos = ttl.toNanos();
  }

  /** The survey with this id, read with {@code load} when not known or known too long. */
  Optional<Survey> find(long id, Supplier<Optional<Survey>> load) {
    Entry<Optional<Survey>> entry = byId.get(id);
    if (entry == null || entry.stale(ttlNanos)) {
      entry = new Entry<>(load.get());
      byId.put(id, entry);
    }
    return entry.value();
  }

  /** Every open survey, read with {@code load} when not known or known too long. */
  List<Survey> published(Supplier<List<Survey>> load) {
    Entry<List<Survey>> entry = published;
    if (entry == null || entry.stale(ttlNanos)) {
      entry = new Entry<>(List.copyOf(load.get()));
      published = entry;
    }
    return entry.value();
  }

  /** Forgets a survey whose status this service has just changed (or that it just created). */
  void forget(long id) {
    byId.remove(id);
    published = null;
  }

  private record Entry<T>(T value, long readAt) {
    Entry(T value) {
      this(value, System.nanoTime());
    }

    boolean stale(long ttlNanos) {
      return System.nanoTime() - readAt > ttlNanos;
    }
  }
}

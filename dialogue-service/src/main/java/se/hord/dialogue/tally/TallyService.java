package se.hord.dialogue.tally;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import se.hord.dialogue.common.Fingerprints;
import se.hord.dialogue.common.Today;
import se.hord.dialogue.common.Violations;
import se.hord.dialogue.dialogue.CounterDefinition;
import se.hord.dialogue.event.EventAccess;
import se.hord.dialogue.event.EventDetails;
import se.hord.platform.idempotency.Idempotency;
import se.hord.platform.security.Caller;

/** Adds taps to an event's counters, exactly once per Idempotency-Key, and sums them. */
@Singleton
public class TallyService {
  static final int MAX_DELTA = 100;

  private final TallyRepository tallies;
  private final EventAccess access;
  private final Idempotency idempotency;
  private final Fingerprints fingerprints;
  private final Today today;

  TallyService(
      TallyRepository tallies,
      EventAccess access,
      Idempotency idempotency,
      Fingerprints fingerprints,
      Today today) {
    this.tallies = tallies;
    this.access = access;
    this.idempotency = idempotency;
    this.fingerprints = fingerprints;
    this.today = today;
  }

  /** Stores one bump of a counter of the event's dialogue. */
  @Transactional
  public Idempotency.Outcome<TallyReceipt> add(
      long eventId, @Nullable String key, TallyRequest request, Caller caller) {
    Idempotency.checkKey(key);
    EventDetails scope = access.require(eventId, caller);
    Violations violations = new Violations();
    String counter = violations.text("counter", request.counter(), 64, true);
    if (counter != null && scope.dialogue().counter(counter).isEmpty()) {
      String known =
          scope.dialogue().counters().stream()
              .map(CounterDefinition::key)
              .collect(Collectors.joining(", "));
      violations.add(
          "counter",
          "Dialogen har ingen sådan räknare. Välj en av: "
              + known
              + ". (The dialogue has no such counter. Pick one of: "
              + known
              + ".)");
    }
    Integer delta = request.delta();
    if (delta == null || delta == 0 || Math.abs(delta) > MAX_DELTA) {
      violations.add(
          "delta",
          "Ange ett heltal från -100 till 100, inte 0 (minus för att rätta ett fel)."
              + " (Give a whole number from -100 to 100, not 0; negative to correct a mistake.)");
    }
    violations.throwIfAny();
    Tally tally = new Tally(null, eventId, counter, delta, caller.name(), today.date());
    return idempotency.once(
        "tally:" + eventId,
        key,
        fingerprints.of(request),
        TallyReceipt.class,
        () -> {
          Tally saved = tallies.save(tally);
          long total = totalsOf(scope).getOrDefault(counter, 0L);
          return new TallyReceipt(saved.id(), eventId, counter, saved.delta(), total);
        });
  }

  /** The event's total per counter, in the dialogue's order. */
  @Transactional(readOnly = true)
  public Map<String, Long> totals(long eventId, Caller caller) {
    return totalsOf(access.require(eventId, caller));
  }

  private Map<String, Long> totalsOf(EventDetails scope) {
    Map<String, Long> totals = new LinkedHashMap<>();
    scope.dialogue().counters().forEach(c -> totals.put(c.key(), 0L));
    for (Tally t : tallies.findByEventIdOrderById(scope.event().id())) {
      totals.merge(t.counterKey(), (long) t.delta(), Long::sum);
    }
    return totals;
  }
}

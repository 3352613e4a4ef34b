package se.hord.dialogue.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.hord.dialogue.dialogue.CounterDefinition;
import se.hord.dialogue.event.PopupEvent;
import se.hord.dialogue.summary.DialogueSummary.AmbassadorTally;
import se.hord.dialogue.summary.DialogueSummary.EventTally;
import se.hord.dialogue.summary.DialogueSummary.Tallies;
import se.hord.dialogue.tally.Tally;

/**
 * Counter totals per event and per ambassador. These are counts of activity with no background
 * attached, so they are shown as they are, not suppressed.
 */
final class TallyTotals {
  private TallyTotals() {}

  static Tallies of(
      List<CounterDefinition> counters, List<PopupEvent> events, List<Tally> tallies) {
    Map<Long, Map<String, Long>> byEvent = new LinkedHashMap<>();
    events.forEach(e -> byEvent.put(e.id(), zeros(counters)));
    Map<String, Map<String, Long>> byAmbassador = new TreeMap<>();
    for (Tally t : tallies) {
      byEvent
          .computeIfAbsent(t.eventId(), e -> zeros(counters))
          .merge(t.counterKey(), (long) t.delta(), Long::sum);
      byAmbassador
          .computeIfAbsent(t.recordedBy(), a -> zeros(counters))
          .merge(t.counterKey(), (long) t.delta(), Long::sum);
    }
    List<EventTally> perEvent = new ArrayList<>();
    for (PopupEvent e : events) {
      perEvent.add(new EventTally(e.id(), e.name(), byEvent.get(e.id())));
    }
    List<AmbassadorTally> perAmbassador = new ArrayList<>();
    byAmbassador.forEach((who, counts) -> perAmbassador.add(new AmbassadorTally(who, counts)));
    return new Tallies(perEvent, perAmbassador);
  }

  private static Map<String, Long> zeros(List<CounterDefinition> counters) {
    Map<String, Long> zeros = new LinkedHashMap<>();
    counters.forEach(c -> zeros.put(c.key(), 0L));
    return zeros;
  }
}

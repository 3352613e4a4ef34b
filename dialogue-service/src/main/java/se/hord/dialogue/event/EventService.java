package se.hord.dialogue.event;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import se.hord.dialogue.common.Violations;
import se.hord.dialogue.dialogue.DialogueService;
import se.hord.dialogue.dialogue.DialogueView;
import se.hord.platform.security.Caller;

/** Plans pop-up events of a dialogue, each with its own join code. */
@Singleton
public class EventService {
  static final int MAX_TEXT = 200;
  private static final int CODE_ATTEMPTS = 20;
  private final PopupEventRepository events;
  private final DialogueService dialogues;
  private final Clock clock;

  EventService(PopupEventRepository events, DialogueService dialogues, Clock clock) {
    this.events = events;
    this.dialogues = dialogues;
    this.clock = clock;
  }

  /** Creates an event of a dialogue the caller works with. */
  @Transactional
  public EventView create(long dialogueId, EventRequest request, Caller caller) {
    DialogueView dialogue = dialogues.visible(dialogueId, caller);
    Violations violations = new Violations();
    String name = violations.text("name", request.name(), MAX_TEXT, true);
    String place = violations.text("place", request.place(), MAX_TEXT, true);
    Instant startsAt = time(violations, "startsAt", request.startsAt());
    Instant endsAt = time(violations, "endsAt", request.endsAt());
    if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
      violations.add(
          "endsAt", "Slutet måste komma efter starten. (The end must come after the start.)");
    }
    violations.throwIfAny();
    PopupEvent saved =
        events.save(
            new PopupEvent(
                null,
                dialogue.id(),
                name,
                place,
                startsAt,
                endsAt,
                unusedCode(),
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS)));
    return EventView.of(saved);
  }

  /** The events of a dialogue the caller works with, earliest first. */
  @Transactional(readOnly = true)
  public List<EventView> list(long dialogueId, Caller caller) {
    DialogueView dialogue = dialogues.visible(dialogueId, caller);
    return events.findByDialogueIdOrderByStartsAt(dialogue.id()).stream()
        .map(EventView::of)
        .toList();
  }

  private static Instant time(Violations violations, String path, String text) {
    Instant parsed = EventTimes.parse(text);
    if (parsed == null) {
      violations.add(
          path,
          "Ange datum och tid som 2026-05-01T14:00 (svensk tid) eller 2026-05-01T12:00:00Z."
              + " (Give date and time as 2026-05-01T14:00, Swedish time, or"
              + " 2026-05-01T12:00:00Z.)");
    }
    return parsed;
  }

  private String unusedCode() {
    // 31^6 codes: a clash is rare; the unique index catches a clash between two creations.
    for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
      String code = JoinCodes.random();
      if (!events.existsByJoinCode(code)) {
        return code;
      }
    }
    throw new IllegalStateException("no unused join code found");
  }
}

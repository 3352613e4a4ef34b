package se.hord.dialogue.event;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A pop-up event as the API shows it, with the code ambassadors join it by. */
@Serdeable
public record EventView(
    long id,
    long dialogueId,
    String name,
    String place,
    Instant startsAt,
    Instant endsAt,
    String joinCode) {

  static EventView of(PopupEvent event) {
    return new EventView(
        event.id(),
        event.dialogueId(),
        event.name(),
        event.place(),
        event.startsAt(),
        event.endsAt(),
        event.joinCode());
  }
}
